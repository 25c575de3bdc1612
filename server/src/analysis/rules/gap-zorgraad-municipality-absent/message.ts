// GAP_ZORGRAAD_MUNICIPALITY_ABSENT message — "u zetelt als lokaal bestuur ook in de zorgraad van de eerstelijnszone" (verbindend).
import { listNames, type MessageRenderer } from '../../finding';

export const gapZorgraadMunicipalityAbsentMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const zone = name(String(found.evidence.zone ?? found.key));
  const zorgraden = listNames(((found.evidence.zorgraden as string[] | undefined) ?? []).map(name), 'nl');
  const zorgradenEn = listNames(((found.evidence.zorgraden as string[] | undefined) ?? []).map(name), 'en');
  return {
    nl: `${municipality} hoort bij eerstelijnszone ${zone} maar zetelt niet in haar zorgraad ${zorgraden}, terwijl het lokaal bestuur daar samen met welzijns- en gezondheidspartners de geïntegreerde zorg van de zone mee vormgeeft. Laat de gemeente lid worden van ${zorgraden}.`,
    en: `${municipality} belongs to the primary care zone ${zone} but has no seat in its zorgraad (care council) ${zorgradenEn}, where local governments shape the zone's integrated care with welfare and health partners. Have the municipality join ${zorgradenEn}.`,
  };
};
