// CONFLICT_REGIE_ACTOR message — the omzendbrief: "werkt u een beheersmodel uit dat uw regierol en actorrol met elkaar verzoent en rolconflicten uitsluit".
import { listNames, type MessageRenderer } from '../../finding';
import type { ConflictRegieActorEvidence } from './detect';
import { DOMAIN_TERM } from '../domain-terms';

export const conflictRegieActorMessage: MessageRenderer = (found, name) => {
  const { network, domains, governanceModel, actorMember, organisations } = found.evidence as ConflictRegieActorEvidence;
  const municipality = name(found.subject);
  const networkName = name(network);
  const organisationNames = organisations.map(name);
  const how = {
    nl: [actorMember ? 'als lid met de rol actor' : '', organisationNames.length > 0 ? `via ${listNames(organisationNames, 'nl')}, die het zelf uitbaat` : '']
      .filter(Boolean)
      .join(' en '),
    en: [actorMember ? 'as a member in the actor role' : '', organisationNames.length > 0 ? `through ${listNames(organisationNames, 'en')}, which it runs itself` : '']
      .filter(Boolean)
      .join(' and '),
  };
  const domainNames = { nl: listNames(domains.map((domain) => DOMAIN_TERM[domain].nl), 'nl'), en: listNames(domains.map((domain) => DOMAIN_TERM[domain].en), 'en') };
  return governanceModel
    ? {
        nl: `${municipality} voert de regie over ${networkName} (${domainNames.nl}) en is er in het werkgebied ook zelf aanbieder, ${how.nl}. Er is een beheersmodel vastgelegd; ga na of het deze regierol en actorrol echt verzoent en rolconflicten uitsluit.`,
        en: `${municipality} directs ${networkName} (${domainNames.en}) and also provides in its area itself, ${how.en}. A governance model (beheersmodel) is recorded; check that it truly reconciles the directing and providing roles and rules out role conflicts.`,
      }
    : {
        nl: `${municipality} voert de regie over ${networkName} (${domainNames.nl}) en is er in het werkgebied ook zelf aanbieder, ${how.nl}, zonder beheersmodel. Werk een beheersmodel uit dat de regierol en actorrol verzoent en rolconflicten uitsluit, zoals de omzendbrief vraagt.`,
        en: `${municipality} directs ${networkName} (${domainNames.en}) and also provides in its area itself, ${how.en}, without a governance model. Draw up a beheersmodel that reconciles the directing and providing roles and rules out role conflicts, as the circular letter asks.`,
      };
};
