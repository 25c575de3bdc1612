// GAP_GBO_PARTNER_MISSING: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_GBO_PARTNER_MISSING',
  name: { nl: 'GBO mist een verplichte partner', en: 'GBO lacks a required partner' },
  severities: ['high'],
  parameters: [],
} as const satisfies RuleAbout<'GAP_GBO_PARTNER_MISSING'>;
