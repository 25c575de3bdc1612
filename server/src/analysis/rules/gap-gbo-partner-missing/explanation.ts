// GAP_GBO_PARTNER_MISSING's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Heeft elk GBO-netwerk een lid voor het OCMW, het CAW en de ziekenfondsen? Eén bevinding per netwerk en per ontbrekende sector.',
    why: 'Het GBO is een samenwerking van minstens het OCMW, het CAW en de diensten maatschappelijk werk van de ziekenfondsen. Ontbreekt er één, dan is het onthaal niet geïntegreerd.',
    resolves: 'Een partner uit de ontbrekende sector als lid opnemen (MEMBER_OF, met die sector als zetel).',
  },
  en: {
    checks: 'Does every GBO network have a member seated for the OCMW, the CAW and the health insurance funds (ziekenfondsen)? One finding per network and missing sector.',
    why: 'A GBO is a partnership of at least the OCMW, the CAW and the social services of the health insurance funds. Without one of them the reception is not integrated.',
    resolves: 'Add a partner of the missing sector as a member (MEMBER_OF, seated for that sector).',
  },
};
