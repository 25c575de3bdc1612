// GAP_ZORGRAAD_MISSING's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Heeft elke eerstelijnszone een zorgraad? Eén bevinding per zone zonder zorgraad.',
    why: 'De zorgraad van de eerstelijnszone is het forum waar eerstelijnsactoren en lokale besturen de krachten bundelen; de omzendbrief noemt de eerstelijnszone de motor van geïntegreerde zorg.',
    resolves: 'De zorgraad van de zone registreren (een netwerk van type Zorgraad dat COUNCIL_OF de zone is).',
  },
  en: {
    checks: 'Does every primary care zone have a zorgraad? One finding per zone without one.',
    why: 'The zorgraad of the primary care zone is where primary care actors and local governments join forces; the circular letter calls the zone the engine of integrated care.',
    resolves: 'Record the zone’s zorgraad (a network of type Zorgraad that is COUNCIL_OF the zone).',
  },
};
