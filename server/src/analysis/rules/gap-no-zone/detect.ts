// GAP_NO_ZONE — every municipality belongs to an eerstelijnszone and so sits in its zorgraad (geïntegreerd).
import { detection, type Rule } from '../../finding';
import { municipalitiesOfZone, scanNodes } from '../gap-coverage';

export const gapNoZone: Rule = (graph) => {
  const scan = scanNodes(graph);
  // Read IN_ZONE from the zones' side: their edge lists are short, a municipality's are long.
  const zoned = new Set(scan.zones.flatMap((zone) => municipalitiesOfZone(graph, zone)));
  return scan.municipalities
    .filter((municipality) => !zoned.has(municipality))
    .map((municipality) =>
      detection({ rule: 'GAP_NO_ZONE', subject: municipality, key: '', severity: 'high', related: [], evidence: {} }),
    );
};
