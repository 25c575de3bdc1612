// GAP_FUNCTION_UNREACHABLE message — support must be nabij en toegankelijk, here or next door (bovenlokaal samenwerken).
import { listNames, type MessageRenderer } from '../../finding';

const FUNCTION_WORDS: Record<string, { nl: string; en: string }> = {
  jeugdhulp: { nl: 'jeugdhulp', en: 'youth care' },
  gezinsondersteuning: { nl: 'gezinsondersteuning', en: 'family support' },
  handicap_ondersteuning: { nl: 'ondersteuning van personen met een handicap', en: 'support for persons with a disability' },
};

export const gapFunctionUnreachableMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const fn = String(found.evidence.function ?? found.key);
  const words = FUNCTION_WORDS[fn] ?? { nl: fn.replaceAll('_', ' '), en: fn.replaceAll('_', ' ') };
  const neighbours = found.related.map(name);
  const around =
    neighbours.length > 0
      ? { nl: ` noch in de buurgemeenten ${listNames(neighbours, 'nl')}`, en: ` nor in its neighbours ${listNames(neighbours, 'en')}` }
      : { nl: ' en het heeft geen buurgemeenten in de gegevens', en: ' and it has no neighbours in the data' };
  return {
    nl: `Er is geen aanbod ${words.nl} in ${municipality}${around.nl}, terwijl zorg en ondersteuning nabij en toegankelijk moeten zijn. Breng dit aanbod naar de gemeente of maak bovenlokaal afspraken zodat een aanbieder in de buurt de gemeente bedient.`,
    en: `No ${words.en} is offered in ${municipality}${around.en}, though care and support should be close by and accessible. Bring such an offer to the municipality, or agree supra-locally that a provider nearby serves it.`,
  };
};
