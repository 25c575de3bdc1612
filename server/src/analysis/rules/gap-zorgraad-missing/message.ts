// GAP_ZORGRAAD_MISSING message — each eerstelijnszone has a zorgraad, "de motor van geïntegreerde zorg".
import { listNames, type MessageRenderer } from '../../finding';

export const gapZorgraadMissingMessage: MessageRenderer = (found, name) => {
  const zone = name(found.subject);
  const municipalities = ((found.evidence.municipalities as string[] | undefined) ?? []).map(name);
  const of = municipalities.length > 0 ? { nl: ` (${listNames(municipalities, 'nl')})`, en: ` (${listNames(municipalities, 'en')})` } : { nl: '', en: '' };
  return {
    nl: `De eerstelijnszone ${zone}${of.nl} heeft geen zorgraad, waar lokale besturen en welzijns- en gezondheidspartners samen overleggen over geïntegreerde zorg. Registreer de zorgraad van deze zone of richt er een op.`,
    en: `The primary care zone ${zone}${of.en} has no zorgraad (care council), where local governments and welfare and health partners plan integrated care together. Record the zone's zorgraad or set one up.`,
  };
};
