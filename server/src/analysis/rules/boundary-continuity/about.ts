// BOUNDARY_CONTINUITY: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'BOUNDARY_CONTINUITY',
  name: { nl: 'Dekking stopt aan de gemeentegrens', en: 'Coverage stops at the municipal border' },
  severities: ['low'],
  parameters: [],
} as const satisfies RuleAbout<'BOUNDARY_CONTINUITY'>;
