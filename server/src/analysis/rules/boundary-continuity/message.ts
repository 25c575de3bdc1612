// BOUNDARY_CONTINUITY message — nabij, and continuïteit van zorg over de gemeentegrenzen heen (never "de dupe van een té lokaal beleid").
import { listNames, type MessageRenderer } from '../../finding';
import type { BoundaryContinuityEvidence } from './detect';
import { NETWORK_TYPE_TERM } from '../domain-terms';

export const boundaryContinuityMessage: MessageRenderer = (found, name) => {
  const { networkType, neighbour, neighbourNetworks } = found.evidence as BoundaryContinuityEvidence;
  const municipality = name(found.subject);
  const neighbourName = name(neighbour);
  const networks = neighbourNetworks.map(name);
  const term = NETWORK_TYPE_TERM[networkType];
  return {
    nl: `Buurgemeente ${neighbourName} valt onder een ${term.nl} (${listNames(networks, 'nl')}), maar ${municipality} onder geen enkel. Zorg voor continuïteit over de gemeentegrens: sluit ${municipality} aan bij ${listNames(networks, 'nl')} of zet er een eigen ${term.nl} op, zodat inwoners nabij terechtkunnen.`,
    en: `Neighbouring ${neighbourName} is covered by a ${term.en} (${listNames(networks, 'en')}), but ${municipality} by none. Keep services continuous across the border: have ${municipality} join ${listNames(networks, 'en')} or set up its own, so residents find support close to home.`,
  };
};
