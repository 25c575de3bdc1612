// GAP_ZORGRAAD_SECTOR_MISSING's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Zetelt er in elke zorgraad een lid voor elk van de gevraagde sectoren? Eén bevinding per zorgraad en per ontbrekende sector.',
    why: 'Ook jeugdhulp, de ondersteuning van personen met een handicap en kinderopvang horen aan tafel bij de zorgraad, zodat de eerste lijn welzijn en gezondheid echt verbindt.',
    resolves: 'Een organisatie uit de ontbrekende sector laten zetelen in de zorgraad.',
  },
  en: {
    checks: 'Does every zorgraad seat a member for each of the required sectors? One finding per zorgraad and missing sector.',
    why: 'Youth care, support for persons with a disability and childcare belong at the zorgraad’s table too, so the first line truly connects welfare and health.',
    resolves: 'Seat an organisation of the missing sector in the zorgraad.',
  },
};
