// GAP_NO_LOK: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_NO_LOK',
  name: { nl: 'Geen Lokaal Overleg Kinderopvang', en: 'No local childcare consultation (LOK)' },
  severities: ['medium'],
  parameters: [],
  missingNetworkType: 'LOK',
} as const satisfies RuleAbout<'GAP_NO_LOK'>;
