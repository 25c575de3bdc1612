// GAP_NO_HUIS_VAN_HET_KIND: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_NO_HUIS_VAN_HET_KIND',
  name: { nl: 'Geen Huis van het Kind', en: 'No Huis van het Kind' },
  severities: ['high'],
  parameters: [],
  missingNetworkType: 'HUIS_VAN_HET_KIND',
} as const satisfies RuleAbout<'GAP_NO_HUIS_VAN_HET_KIND'>;
