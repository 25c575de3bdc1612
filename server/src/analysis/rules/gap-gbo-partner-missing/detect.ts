// GAP_GBO_PARTNER_MISSING — a GBO brings together at least the OCMW, the CAW and the ziekenfondsen (geïntegreerd).
import { detection, type Detection, type Rule } from '../../finding';
import { coveredBy } from '../../graph-facts';
import { scanNodes, seatsOf } from '../gap-coverage';

/** The minimum partners of a Geïntegreerd Breed Onthaal. */
const GBO_MINIMUM_SEATS = ['ocmw', 'caw', 'ziekenfonds'] as const;

export const gapGboPartnerMissing: Rule = (graph) => {
  const found: Detection[] = [];
  for (const network of scanNodes(graph, 'GBO').networks) {
    const seats = seatsOf(graph, network);
    const missing = GBO_MINIMUM_SEATS.filter((sector) => !seats.includes(sector));
    if (missing.length === 0) continue;
    const area = coveredBy(graph, network);
    for (const sector of missing) {
      found.push(
        detection({ rule: 'GAP_GBO_PARTNER_MISSING', subject: network, key: sector, severity: 'high', related: area, evidence: { sector, seats } }),
      );
    }
  }
  return found;
};
