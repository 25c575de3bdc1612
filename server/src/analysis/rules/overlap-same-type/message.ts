// OVERLAP_SAME_TYPE message — verbindend: "de meerwaarde zit in het connecteren van wat er al bestaat", not in parallel networks.
import { listNames, type MessageRenderer } from '../../finding';
import type { OverlapSameTypeEvidence } from './detect';
import { NETWORK_TYPE_TERM } from '../domain-terms';

export const overlapSameTypeMessage: MessageRenderer = (found, name) => {
  const { networkType, networks } = found.evidence as OverlapSameTypeEvidence;
  const municipality = name(found.subject);
  const names = networks.map(name);
  const term = NETWORK_TYPE_TERM[networkType];
  return {
    nl: `${municipality} valt onder ${networks.length} netwerken van het type ${term.nl}: ${listNames(names, 'nl')}. De meerwaarde zit in het verbinden van wat er al bestaat, niet in parallelle netwerken: spreek af welk netwerk ${municipality} dekt, of voeg ze samen.`,
    en: `${municipality} is covered by ${networks.length} networks of the type ${term.en}: ${listNames(names, 'en')}. The added value lies in connecting what already exists, not in parallel networks: agree which network covers ${municipality}, or merge them.`,
  };
};
