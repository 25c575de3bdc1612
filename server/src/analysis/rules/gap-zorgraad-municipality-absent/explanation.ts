// GAP_ZORGRAAD_MUNICIPALITY_ABSENT's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Is elke gemeente lid van de zorgraad van haar zone? Eén bevinding per gemeente en zone.',
    why: 'Als lokaal bestuur zetelt u in de zorgraad van de eerstelijnszone om samen met andere besturen en partners thema’s op de agenda te zetten. Een gemeente die er niet zit, mist die verbinding.',
    resolves: 'De gemeente als lid van de zorgraad opnemen.',
  },
  en: {
    checks: 'Is every municipality a member of its zone’s zorgraad? One finding per municipality and zone.',
    why: 'A local government sits in the zorgraad of its primary care zone to put themes on the agenda with other governments and partners. A municipality that is absent misses that connection.',
    resolves: 'Make the municipality a member of the zorgraad.',
  },
};
