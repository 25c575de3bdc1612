// GAP_NO_GBO — every municipality needs a Geïntegreerd Breed Onthaal for its most vulnerable residents (nabij, toegankelijk).
import type { Rule } from '../../finding';
import { uncoveredByType } from '../gap-coverage';

export const gapNoGbo: Rule = uncoveredByType('GAP_NO_GBO', 'GBO', 'medium');
