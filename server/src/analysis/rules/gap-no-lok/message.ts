// GAP_NO_LOK message — the Lokaal Overleg Kinderopvang is "hét orgaan" of childcare partners (participatief).
import { listNames, type MessageRenderer } from '../../finding';

export const gapNoLokMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const zones = found.related.map(name);
  const inZone = zones.length > 0 ? { nl: ` (eerstelijnszone ${listNames(zones, 'nl')})`, en: ` (primary care zone ${listNames(zones, 'en')})` } : { nl: '', en: '' };
  return {
    nl: `${municipality}${inZone.nl} heeft geen Lokaal Overleg Kinderopvang, "hét orgaan en samenwerkingsnetwerk bij uitstek aangaande kinderopvang". Laat het lokaal bestuur een LOK samenroepen met alle organisatoren van kinderopvang, als gelijkwaardige partners.`,
    en: `${municipality}${inZone.en} has no Lokaal Overleg Kinderopvang (LOK), the local consultation of childcare providers. The local government should convene a LOK with every childcare provider as an equal partner.`,
  };
};
