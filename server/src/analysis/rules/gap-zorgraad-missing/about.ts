// GAP_ZORGRAAD_MISSING: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_ZORGRAAD_MISSING',
  name: { nl: 'Zone zonder zorgraad', en: 'Zone without a zorgraad' },
  severities: ['high'],
  parameters: [],
} as const satisfies RuleAbout<'GAP_ZORGRAAD_MISSING'>;
