// GAP_NO_HUIS_VAN_HET_KIND's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Valt de gemeente onder een Huis van het Kind? Eén bevinding per gemeente die door geen enkel Huis van het Kind gedekt wordt.',
    why: 'De Huizen van het Kind zijn de spil van preventieve gezinsondersteuning en jeugdhulp, lokaal of bovenlokaal. Het Sociaal Huis, het Geïntegreerd Breed Onthaal en de Huizen van het Kind zijn de instrumenten voor nabije, toegankelijke hulp.',
    resolves: 'Een Huis van het Kind opzetten of aansluiten bij een (bovenlokaal) Huis van het Kind van de buurgemeenten.',
  },
  en: {
    checks: 'Is the municipality covered by a Huis van het Kind? One finding per municipality that no Huis van het Kind covers.',
    why: 'The Huizen van het Kind are the hub of preventive family support and youth care, local or supra-local (bovenlokaal). With the Sociaal Huis and the Integrated Broad Reception they are the instruments for nearby (nabij), accessible help.',
    resolves: 'Set up a Huis van het Kind, or join a (supra-local) Huis van het Kind of the neighbouring municipalities.',
  },
};
