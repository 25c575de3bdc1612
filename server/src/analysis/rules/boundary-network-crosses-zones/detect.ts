// BOUNDARY_NETWORK_CROSSES_ZONES — bovenlokaal samenwerken within the eerstelijnszone: a network spread over several zones answers to several zorgraden.
import { detection, type Detection, type Rule } from '../../finding';
import { zonesByMunicipality } from '../municipality-zones';
import { forEachRelationship } from '../graph-index';

export type BoundaryNetworkCrossesZonesEvidence = { zones: string[] };

export const boundaryNetworkCrossesZones: Rule = (graph) => {
  const zonesOf = zonesByMunicipality(graph);
  const zonesOfNetwork = new Map<string, Set<string>>();
  forEachRelationship(graph, 'COVERS', (network, municipality) => {
    const zones = zonesOf.get(municipality);
    if (zones === undefined) return;
    const union = zonesOfNetwork.get(network);
    if (union === undefined) zonesOfNetwork.set(network, new Set(zones));
    else for (const zone of zones) union.add(zone);
  });
  const found: Detection[] = [];
  for (const [network, union] of zonesOfNetwork) {
    if (union.size < 2) continue;
    const zones = [...union].sort();
    const evidence: BoundaryNetworkCrossesZonesEvidence = { zones };
    found.push(detection({ rule: 'BOUNDARY_NETWORK_CROSSES_ZONES', subject: network, key: '', severity: 'low', related: zones, evidence }));
  }
  return found;
};
