// BOUNDARY_NETWORK_CROSSES_ZONES message — bovenlokaal samenwerken works best inside the eerstelijnszone and its zorgraad.
import { listNames, type MessageRenderer } from '../../finding';
import type { BoundaryNetworkCrossesZonesEvidence } from './detect';

export const boundaryNetworkCrossesZonesMessage: MessageRenderer = (found, name) => {
  const { zones } = found.evidence as BoundaryNetworkCrossesZonesEvidence;
  const network = name(found.subject);
  const names = zones.map(name);
  return {
    nl: `${network} dekt gemeenten in ${zones.length} eerstelijnszones (${listNames(names, 'nl')}). Bovenlokaal samenwerken sluit het best aan bij de eerstelijnszone: stem het netwerk af met de zorgraden van die zones, of leg zijn grenzen gelijk met één zone.`,
    en: `${network} covers municipalities in ${zones.length} eerstelijnszones (primary care zones: ${listNames(names, 'en')}). Supra-local cooperation fits best within the zone: align the network with those zones' zorgraden, or match its boundary to one zone.`,
  };
};
