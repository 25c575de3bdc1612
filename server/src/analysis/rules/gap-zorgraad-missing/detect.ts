// GAP_ZORGRAAD_MISSING — each eerstelijnszone has a zorgraad, "the motor of geïntegreerde zorg".
import { detection, type Detection, type Rule } from '../../finding';
import { municipalitiesOfZone, scanNodes, zorgradenOf } from '../gap-coverage';

export const gapZorgraadMissing: Rule = (graph) => {
  const found: Detection[] = [];
  for (const zone of scanNodes(graph).zones) {
    if (zorgradenOf(graph, zone).length > 0) continue;
    const municipalities = municipalitiesOfZone(graph, zone);
    found.push(
      detection({ rule: 'GAP_ZORGRAAD_MISSING', subject: zone, key: '', severity: 'high', related: municipalities, evidence: { municipalities } }),
    );
  }
  return found;
};
