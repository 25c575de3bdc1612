// GAP_NO_HUIS_VAN_HET_KIND message — the Huis van het Kind is the spil of local family and youth policy (nabij).
import { listNames, type MessageRenderer } from '../../finding';

export const gapNoHuisVanHetKindMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const zones = found.related.map(name);
  const nl = zones.length > 0 ? ` Bekijk binnen ${listNames(zones, 'nl')} of een bestaand Huis van het Kind de gemeente kan opnemen.` : '';
  const en = zones.length > 0 ? ` Check within ${listNames(zones, 'en')} whether an existing Huis van het Kind can include it.` : '';
  return {
    nl: `Geen Huis van het Kind dekt ${municipality}, terwijl de Huizen van het Kind de spil zijn van het lokaal geïntegreerd gezins- en jeugdhulpbeleid, nabij en toegankelijk.${nl || ' Richt een Huis van het Kind op of sluit aan bij een bovenlokaal Huis van het Kind.'}`,
    en: `No Huis van het Kind (family support partnership) covers ${municipality}, though it is the hub of local integrated family and youth policy, close by and accessible.${en || ' Set one up or join a supra-local Huis van het Kind.'}`,
  };
};
