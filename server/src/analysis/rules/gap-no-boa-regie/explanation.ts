// GAP_NO_BOA_REGIE's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Valt de gemeente onder een BOA-netwerk waarover een gemeente de regie voert? Eén bevinding per gemeente zonder.',
    why: 'Het BOA-decreet van 3 mei 2019 geeft het lokaal bestuur de regie van de buitenschoolse opvang en activiteiten: het tekent met partners een lokaal beleid uit. Een netwerk zonder regisseur vult die rol niet in.',
    resolves: 'Een BOA-netwerk met regie van de gemeente (DIRECTS) laten gelden voor deze gemeente.',
  },
  en: {
    checks: 'Is the municipality covered by a BOA network that some municipality directs? One finding per municipality without one.',
    why: 'The BOA decree of 3 May 2019 gives the local government the regie of out-of-school care and activities: it draws up a local policy with partners. A network without a director does not fill that role.',
    resolves: 'Have a BOA network directed by a municipality (DIRECTS) cover this municipality.',
  },
};
