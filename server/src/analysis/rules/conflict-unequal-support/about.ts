// CONFLICT_UNEQUAL_SUPPORT: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'CONFLICT_UNEQUAL_SUPPORT',
  name: { nl: 'Ongelijke ondersteuning', en: 'Unequal support' },
  severities: ['medium'],
  parameters: ['unequalRatio', 'year'],
} as const satisfies RuleAbout<'CONFLICT_UNEQUAL_SUPPORT'>;
