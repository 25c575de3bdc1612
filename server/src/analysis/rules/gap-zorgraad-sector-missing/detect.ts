// GAP_ZORGRAAD_SECTOR_MISSING — jeugdhulp, handicap and kinderopvang are "volwaardige partners binnen de zorgraden" (verbindend).
import { detection, type Detection, type Rule } from '../../finding';
import { linked } from '../../../graph/knooppunt-graph';
import { scanNodes, seatsOf } from '../gap-coverage';

export const gapZorgraadSectorMissing: Rule = (graph, parameters) => {
  const required = [...new Set(parameters.zorgraadSectors)];
  const found: Detection[] = [];
  for (const network of scanNodes(graph, 'ZORGRAAD').networks) {
    const seats = seatsOf(graph, network);
    const zones = linked(graph, network, 'COUNCIL_OF', 'out');
    for (const sector of required) {
      if (seats.includes(sector)) continue;
      found.push(
        detection({ rule: 'GAP_ZORGRAAD_SECTOR_MISSING', subject: network, key: sector, severity: 'medium', related: zones, evidence: { sector, seats } }),
      );
    }
  }
  return found;
};
