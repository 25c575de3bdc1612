// GAP_NO_LOK — every municipality needs a Lokaal Overleg Kinderopvang, the forum of childcare partners (participatief).
import type { Rule } from '../../finding';
import { uncoveredByType } from '../gap-coverage';

export const gapNoLok: Rule = uncoveredByType('GAP_NO_LOK', 'LOK', 'medium');
