// GAP_CHILDCARE_CAPACITY's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Zijn er genoeg opvangplaatsen voor baby’s en peuters in de gemeente, per 100 kinderen van 0 tot 3 jaar? Alleen waar het aantal kinderen gekend is.',
    why: 'Toegankelijke kinderopvang is een basisvoorziening voor gezinnen; de Barcelona-doelstelling vraagt 33 plaatsen per 100 kinderen. Hoog wanneer het aanbod onder de helft van de norm zakt, anders middel.',
    resolves: 'Meer plaatsen kinderopvang baby’s en peuters in de gemeente (met de capaciteit geregistreerd), of de norm aanpassen waar een andere afspraak geldt.',
  },
  en: {
    checks: 'Are there enough childcare places for babies and toddlers in the municipality, per 100 children aged 0 to 3? Only where the number of children is known.',
    why: 'Accessible childcare is a basic provision for families; the Barcelona target asks for 33 places per 100 children. High when provision is below half the threshold, medium otherwise.',
    resolves: 'More childcare places for babies and toddlers in the municipality (with their capacity recorded), or a different threshold where another agreement applies.',
  },
};
