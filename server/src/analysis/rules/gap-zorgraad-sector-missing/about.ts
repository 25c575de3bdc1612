// GAP_ZORGRAAD_SECTOR_MISSING: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_ZORGRAAD_SECTOR_MISSING',
  name: { nl: 'Sector ontbreekt in de zorgraad', en: 'Sector missing from the zorgraad' },
  severities: ['medium'],
  parameters: ['zorgraadSectors'],
} as const satisfies RuleAbout<'GAP_ZORGRAAD_SECTOR_MISSING'>;
