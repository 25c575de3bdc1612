// BOUNDARY_ORG_CROSSES_ZONES: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'BOUNDARY_ORG_CROSSES_ZONES',
  name: { nl: 'Organisatie over zonegrenzen', en: 'Organisation crosses zone borders' },
  severities: ['low'],
  parameters: [],
} as const satisfies RuleAbout<'BOUNDARY_ORG_CROSSES_ZONES'>;
