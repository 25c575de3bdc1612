// OVERLAP_MULTIPLE_ZONES's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Ligt een gemeente in meer dan één eerstelijnszone? Eén bevinding per gemeente.',
    why: 'Een gemeente hoort bij één zorgraad; in meerdere zones weet niemand waar het overleg plaatsvindt, en partners moeten dubbel zetelen.',
    resolves: 'Eén zone kiezen, of (voor een stad die in zones verdeeld is) die verdeling bewust vastleggen.',
  },
  en: {
    checks: 'Does a municipality lie in more than one primary care zone? One finding per municipality.',
    why: 'A municipality belongs to one zorgraad; in several zones nobody knows where consultation happens, and partners have to sit twice.',
    resolves: 'Choose one zone, or (for a city split into zones) record that split deliberately.',
  },
};
