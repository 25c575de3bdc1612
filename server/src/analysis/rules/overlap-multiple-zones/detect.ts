// OVERLAP_MULTIPLE_ZONES — geïntegreerd: a municipality belongs to one eerstelijnszone and its one zorgraad.
import { detection, type Detection, type Rule } from '../../finding';
import { zonesByMunicipality } from '../municipality-zones';

export type OverlapMultipleZonesEvidence = { zones: string[] };

export const overlapMultipleZones: Rule = (graph) => {
  const found: Detection[] = [];
  for (const [municipality, zones] of zonesByMunicipality(graph)) {
    if (zones.length < 2) continue;
    const evidence: OverlapMultipleZonesEvidence = { zones: [...zones] };
    found.push(detection({ rule: 'OVERLAP_MULTIPLE_ZONES', subject: municipality, key: '', severity: 'high', related: [...zones], evidence }));
  }
  return found;
};
