// GAP_FUNCTION_UNREACHABLE's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Is elke gevraagde functie bereikbaar: een aanbod in of voor de gemeente, of in of voor een buurgemeente? Eén bevinding per gemeente en per functie.',
    why: 'Nabij en toegankelijk: zorg en ondersteuning horen in de buurt te zijn. Jeugdhulp, gezinsondersteuning en ondersteuning van personen met een handicap mogen niet ver weg liggen.',
    resolves: 'Een aanbod van die functie in de gemeente of een buurgemeente, of een bestaand aanbod dat de gemeente ook bedient (SERVES).',
  },
  en: {
    checks: 'Is every required function reachable: an offer located in or serving the municipality or a neighbouring one? One finding per municipality and function.',
    why: 'Nearby and accessible (nabij): care and support belong close to people. Youth care, family support and disability support should not be far away.',
    resolves: 'An offer of that function in the municipality or a neighbour, or an existing offer that also serves the municipality (SERVES).',
  },
};
