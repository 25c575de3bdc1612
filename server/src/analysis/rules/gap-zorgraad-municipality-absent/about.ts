// GAP_ZORGRAAD_MUNICIPALITY_ABSENT: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT',
  name: { nl: 'Gemeente zetelt niet in de zorgraad', en: 'Municipality not seated in the zorgraad' },
  severities: ['medium'],
  parameters: [],
} as const satisfies RuleAbout<'GAP_ZORGRAAD_MUNICIPALITY_ABSENT'>;
