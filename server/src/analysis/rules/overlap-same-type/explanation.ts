// OVERLAP_SAME_TYPE's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Dekken twee of meer netwerken van hetzelfde type (Huis van het Kind, LOK, BOA, GBO) dezelfde gemeente? Eén bevinding per gemeente en type.',
    why: 'Dubbele netwerken versnipperen middelen en laten partners twee keer aan tafel zitten; één duidelijk aanspreekpunt is toegankelijker.',
    resolves: 'De netwerken samenvoegen of hun werkgebieden afbakenen zodat elk type de gemeente één keer dekt.',
  },
  en: {
    checks: 'Do two or more networks of one type (Huis van het Kind, LOK, BOA, GBO) cover the same municipality? One finding per municipality and type.',
    why: 'Duplicate networks fragment resources and make partners sit at the table twice; one clear point of contact is more accessible.',
    resolves: 'Merge the networks or draw their areas so that each type covers the municipality once.',
  },
};
