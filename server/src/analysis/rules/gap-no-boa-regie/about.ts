// GAP_NO_BOA_REGIE: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_NO_BOA_REGIE',
  name: { nl: 'Geen regie over BOA', en: 'No regie of out-of-school care (BOA)' },
  severities: ['medium'],
  parameters: [],
  missingNetworkType: 'BOA',
} as const satisfies RuleAbout<'GAP_NO_BOA_REGIE'>;
