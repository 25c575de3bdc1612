// OVERLAP_SAME_TYPE: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'OVERLAP_SAME_TYPE',
  name: { nl: 'Meerdere netwerken van één type', en: 'Several networks of one type' },
  severities: ['medium'],
  parameters: [],
} as const satisfies RuleAbout<'OVERLAP_SAME_TYPE'>;
