// CONFLICT_UNEQUAL_SUPPORT's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Financiert de gemeente haar eigen aanbod in een domein, terwijl een niet-publieke aanbieder in dezelfde gemeente niets krijgt of per plaats veel minder? Eén bevinding per gemeente en per domein.',
    why: 'Gelijk speelveld: de dubbele rol van het lokaal bestuur mag geen invloed hebben op de ondersteuning. Per plaats vergeleken, zodat grote en kleine aanbieders eerlijk naast elkaar staan.',
    resolves: 'Steun per plaats gelijktrekken of het verschil motiveren met objectieve criteria; de capaciteit registreren waar die ontbreekt.',
  },
  en: {
    checks: 'Does the municipality fund its own provision in a domain while a non-public provider in the same municipality gets nothing, or much less per place? One finding per municipality and domain.',
    why: 'Level playing field: the local government’s double role must not shape who gets support. Compared per place, so large and small providers are weighed fairly.',
    resolves: 'Equalise support per place or justify the difference with objective criteria; record capacity where it is missing.',
  },
};
