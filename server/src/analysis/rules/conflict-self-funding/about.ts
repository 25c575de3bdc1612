// CONFLICT_SELF_FUNDING: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'CONFLICT_SELF_FUNDING',
  name: { nl: 'Regisseur financiert eigen aanbod', en: 'Director funds its own provision' },
  severities: ['high'],
  parameters: ['year'],
} as const satisfies RuleAbout<'CONFLICT_SELF_FUNDING'>;
