// BOUNDARY_NETWORK_CROSSES_ZONES's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Dekt een netwerk gemeenten die samen in meer dan één eerstelijnszone liggen? Eén bevinding per netwerk.',
    why: 'Bovenlokaal samenwerken is goed, maar een netwerk dat zonegrenzen overschrijdt, moet met meerdere zorgraden afstemmen. Een laag signaal om de afstemming te bewaken.',
    resolves: 'Afstemming met de betrokken zorgraden vastleggen, of het werkgebied op de zone afstemmen.',
  },
  en: {
    checks: 'Does a network cover municipalities that together lie in more than one primary care zone? One finding per network.',
    why: 'Supra-local (bovenlokaal) cooperation is good, but a network across zone borders has to align with several zorgraden. A low signal to keep that alignment in view.',
    resolves: 'Record the alignment with the zorgraden involved, or match the network’s area to the zone.',
  },
};
