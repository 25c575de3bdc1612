// BOUNDARY_ORG_CROSSES_ZONES's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Liggen de gemeenten waar een organisatie aanbod heeft of die ze bedient, samen in meer dan één eerstelijnszone? Eén bevinding per organisatie.',
    why: 'Zulke organisaties werken bovenlokaal en moeten met meerdere zorgraden samenwerken; goed om te weten wie aan welke tafels hoort.',
    resolves: 'Niets hoeft te veranderen; zorg dat de organisatie betrokken is bij de zorgraden van de zones waar ze werkt.',
  },
  en: {
    checks: 'Do the municipalities where an organisation has offers, or that they serve, lie together in more than one primary care zone? One finding per organisation.',
    why: 'Such organisations work supra-locally and have to cooperate with several zorgraden; worth knowing who belongs at which tables.',
    resolves: 'Nothing needs to change; make sure the organisation is involved in the zorgraden of the zones where it works.',
  },
};
