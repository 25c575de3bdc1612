// GAP_NO_ZONE: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_NO_ZONE',
  name: { nl: 'Gemeente zonder eerstelijnszone', en: 'Municipality in no primary care zone' },
  severities: ['high'],
  parameters: [],
} as const satisfies RuleAbout<'GAP_NO_ZONE'>;
