// OVERLAP_FORUM_LOAD: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'OVERLAP_FORUM_LOAD',
  name: { nl: 'Overlegdruk op een organisatie', en: 'Consultation load on an organisation' },
  severities: ['low'],
  parameters: ['forumLoad'],
} as const satisfies RuleAbout<'OVERLAP_FORUM_LOAD'>;
