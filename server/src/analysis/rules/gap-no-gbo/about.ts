// GAP_NO_GBO: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_NO_GBO',
  name: { nl: 'Geen Geïntegreerd Breed Onthaal', en: 'No integrated reception (GBO)' },
  severities: ['medium'],
  parameters: [],
  missingNetworkType: 'GBO',
} as const satisfies RuleAbout<'GAP_NO_GBO'>;
