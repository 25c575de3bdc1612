// GAP_NO_HUIS_VAN_HET_KIND — every municipality needs a Huis van het Kind, the spil of local family and youth policy (nabij).
import type { Rule } from '../../finding';
import { uncoveredByType } from '../gap-coverage';

export const gapNoHuisVanHetKind: Rule = uncoveredByType('GAP_NO_HUIS_VAN_HET_KIND', 'HUIS_VAN_HET_KIND', 'high');
