// GAP_NO_GBO message — Geïntegreerd Breed Onthaal reaches the most vulnerable proactively (nabij, toegankelijk).
import { listNames, type MessageRenderer } from '../../finding';

export const gapNoGboMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const zones = found.related.map(name);
  const inZone = zones.length > 0 ? { nl: ` (eerstelijnszone ${listNames(zones, 'nl')})`, en: ` (primary care zone ${listNames(zones, 'en')})` } : { nl: '', en: '' };
  return {
    nl: `Geen Geïntegreerd Breed Onthaal dekt ${municipality}${inZone.nl}, terwijl het GBO voor de meest kwetsbaren een pro-actief en outreachend onthaal organiseert. Start een GBO met OCMW, CAW en ziekenfondsen, of sluit aan bij dat van een buurgemeente.`,
    en: `No Geïntegreerd Breed Onthaal (GBO, integrated reception) covers ${municipality}${inZone.en}, though it gives the most vulnerable a proactive, outreaching reception. Start a GBO with the OCMW, the CAW and the health insurance funds, or join a neighbour's.`,
  };
};
