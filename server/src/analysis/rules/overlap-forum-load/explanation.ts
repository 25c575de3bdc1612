// OVERLAP_FORUM_LOAD's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Is een organisatie lid van veel netwerken die allemaal dezelfde gemeente dekken? Eén bevinding per organisatie.',
    why: 'Partnerschap vraagt tijd. Een organisatie die in vele overlegfora over dezelfde gemeente zetelt, besteedt die tijd aan overleg in plaats van aan hulp.',
    resolves: 'Overleg bundelen (netwerken samenvoegen of één vertegenwoordiger per cluster), of de drempel aanpassen.',
  },
  en: {
    checks: 'Is an organisation a member of many networks that all cover one municipality? One finding per organisation.',
    why: 'Partnership takes time. An organisation that sits in many consultation forums about the same municipality spends that time on meetings instead of help.',
    resolves: 'Bundle consultation (merge networks, or one representative per cluster), or adjust the threshold.',
  },
};
