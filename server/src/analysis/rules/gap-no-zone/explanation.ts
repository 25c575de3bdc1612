// GAP_NO_ZONE's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Ligt elke gemeente in een eerstelijnszone? Eén bevinding per gemeente die in geen enkele zone ligt.',
    why: 'De eerstelijnszone en haar zorgraad zijn het forum waar lokale besturen met welzijns- en gezondheidspartners een geïntegreerde eerste lijn uitbouwen. Een gemeente buiten elke zone mist dat overleg en die ondersteuning.',
    resolves: 'De gemeente opnemen in de eerstelijnszone waartoe ze hoort (zone_members).',
  },
  en: {
    checks: 'Does every municipality lie in a primary care zone (eerstelijnszone)? One finding per municipality in no zone.',
    why: 'The eerstelijnszone and its zorgraad are the forum where local governments build an integrated first line with welfare and health partners. A municipality outside every zone misses that consultation and support.',
    resolves: 'Add the municipality to the zone it belongs to (zone_members).',
  },
};
