// OVERLAP_MULTIPLE_ZONES: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'OVERLAP_MULTIPLE_ZONES',
  name: { nl: 'Gemeente in meerdere zones', en: 'Municipality in several zones' },
  severities: ['high'],
  parameters: [],
} as const satisfies RuleAbout<'OVERLAP_MULTIPLE_ZONES'>;
