// CONFLICT_UNEQUAL_SUPPORT message — "zowel openbare als private initiatieven hebben recht op eenzelfde ondersteuning, zonder onderscheid".
import { listNames, type MessageRenderer } from '../../finding';
import type { ConflictUnequalSupportEvidence } from './detect';
import { DOMAIN_TERM, euro } from '../domain-terms';

export const conflictUnequalSupportMessage: MessageRenderer = (found, name) => {
  const { domain, ownOrganisations, ownPerPlace, disadvantaged } = found.evidence as ConflictUnequalSupportEvidence;
  const municipality = name(found.subject);
  const own = ownOrganisations.map(name);
  const others = disadvantaged.map(name);
  const perPlace = {
    nl: ownPerPlace === null ? '' : ` (${euro.nl(ownPerPlace)} per plaats)`,
    en: ownPerPlace === null ? '' : ` (${euro.en(ownPerPlace)} per place)`,
  };
  return {
    nl: `In ${municipality} steunt de gemeente haar eigen aanbod ${DOMAIN_TERM[domain].nl} van ${listNames(own, 'nl')}${perPlace.nl}, maar ${listNames(others, 'nl')} krijgt daar geen of veel minder steun per plaats. Zowel openbare als private initiatieven hebben recht op eenzelfde ondersteuning: maak een ondersteuningsreglement dat alle aanbieders gelijk behandelt.`,
    en: `In ${municipality} the municipality supports its own ${DOMAIN_TERM[domain].en} provision by ${listNames(own, 'en')}${perPlace.en}, but ${listNames(others, 'en')} gets no or far less support per place there. Public and private providers are entitled to the same support (gelijk speelveld): adopt support rules that treat all providers alike.`,
  };
};
