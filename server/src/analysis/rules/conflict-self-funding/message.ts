// CONFLICT_SELF_FUNDING message — a gelijk speelveld where "neutraliteit centraal staat": the regisseur does not favour its own provision.
import { listNames, type MessageRenderer } from '../../finding';
import type { ConflictSelfFundingEvidence } from './detect';
import { euro } from '../domain-terms';

export const conflictSelfFundingMessage: MessageRenderer = (found, name) => {
  const { network, organisations, amount } = found.evidence as ConflictSelfFundingEvidence;
  const municipality = name(found.subject);
  const networkName = name(network);
  const names = organisations.map(name);
  return {
    nl: `${municipality} voert de regie over ${networkName} en financiert tegelijk ${listNames(names, 'nl')}, die het zelf uitbaat en die aanbod heeft in het domein van dat netwerk, voor in totaal ${euro.nl(amount)}. Een gelijk speelveld vraagt neutraliteit: leg in het beheersmodel vast dat eigen en andere aanbieders volgens dezelfde, transparante regels steun krijgen.`,
    en: `${municipality} directs ${networkName} and at the same time funds ${listNames(names, 'en')}, which it runs itself and which provides in that network's domain, for ${euro.en(amount)} in total. A level playing field (gelijk speelveld) needs neutrality: record in the governance model that its own and other providers get support under the same, transparent rules.`,
  };
};
