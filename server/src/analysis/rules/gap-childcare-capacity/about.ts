// GAP_CHILDCARE_CAPACITY: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_CHILDCARE_CAPACITY',
  name: { nl: 'Te weinig kinderopvangplaatsen', en: 'Too few childcare places' },
  severities: ['high', 'medium'],
  parameters: ['childcarePer100'],
} as const satisfies RuleAbout<'GAP_CHILDCARE_CAPACITY'>;
