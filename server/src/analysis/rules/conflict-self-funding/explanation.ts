// CONFLICT_SELF_FUNDING's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Geldt het rolconflict hierboven, én financiert de gemeente een organisatie die ze zelf uitbaat met aanbod in dat domein? Eén bevinding per gemeente en per netwerk.',
    why: 'Een gelijk speelveld vraagt neutraliteit: wie de regie voert en ook subsidies geeft, mag de eigen diensten niet bevoordelen. Dit is het scherpste rolconflict.',
    resolves: 'Financiering via transparante, voor iedereen open criteria toekennen, en een beheersmodel dat de beslissing over steun buiten de eigen uitbating legt.',
  },
  en: {
    checks: 'Does the role conflict above hold, and does the municipality also fund an organisation it runs with offers in that domain? One finding per municipality and network.',
    why: 'A level playing field (gelijk speelveld) needs neutrality: whoever directs and also funds must not favour their own services. This is the sharpest role conflict.',
    resolves: 'Grant funding on transparent criteria open to all, and a governance model that puts decisions on support outside the municipality’s own provision.',
  },
};
