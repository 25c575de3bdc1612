// GAP_CHILDCARE_CAPACITY message — enough baby and toddler childcare close to home: the Barcelona target (nabij).
import type { MessageRenderer } from '../../finding';
import { number } from '../domain-terms';

const nlNumber = number.nl;
const enNumber = number.en;

export const gapChildcareCapacityMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const places = Number(found.evidence.places ?? 0);
  const children = Number(found.evidence.children0to3 ?? 0);
  const per100 = Number(found.evidence.per100 ?? 0);
  const threshold = Number(found.evidence.threshold ?? 0);
  return {
    nl: `${municipality} heeft ${nlNumber(places)} plaatsen kinderopvang voor baby's en peuters voor ${nlNumber(children)} kinderen van 0 tot 3 jaar, of ${nlNumber(per100)} per 100 kinderen, onder de Barcelona-norm van ${nlNumber(threshold)} per 100. Breid het aanbod nabij uit, samen met de organisatoren in het Lokaal Overleg Kinderopvang.`,
    en: `${municipality} has ${enNumber(places)} childcare places for babies and toddlers for ${enNumber(children)} children aged 0 to 3, or ${enNumber(per100)} per 100 children, below the Barcelona target of ${enNumber(threshold)} per 100. Expand local provision together with the providers in the Lokaal Overleg Kinderopvang (LOK).`,
  };
};
