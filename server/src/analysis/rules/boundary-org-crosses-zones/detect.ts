// BOUNDARY_ORG_CROSSES_ZONES — bovenlokaal samenwerken: a provider working across eerstelijnszones must align with several zorgraden.
import { detection, type Detection, type Rule } from '../../finding';
import { zonesByMunicipality } from '../municipality-zones';
import { offerTable } from '../offer-table';

export type BoundaryOrgCrossesZonesEvidence = { zones: string[] };

export const boundaryOrgCrossesZones: Rule = (graph) => {
  const zonesOf = zonesByMunicipality(graph);
  const found: Detection[] = [];
  for (const [organisation, offers] of offerTable(graph).byOrganisation) {
    // The zones of every municipality its offers are located in or serve.
    const union = new Set<string>();
    for (const offer of offers) for (const municipality of offer.reach) for (const zone of zonesOf.get(municipality) ?? []) union.add(zone);
    if (union.size < 2) continue;
    const zones = [...union].sort();
    const evidence: BoundaryOrgCrossesZonesEvidence = { zones };
    found.push(detection({ rule: 'BOUNDARY_ORG_CROSSES_ZONES', subject: organisation, key: '', severity: 'low', related: zones, evidence }));
  }
  return found;
};
