// CONFLICT_REGIE_ACTOR: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'CONFLICT_REGIE_ACTOR',
  name: { nl: 'Regisseur is ook actor', en: 'Director is also a provider' },
  severities: ['high', 'medium'],
  parameters: [],
} as const satisfies RuleAbout<'CONFLICT_REGIE_ACTOR'>;
