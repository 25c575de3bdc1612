// BOUNDARY_ORG_CROSSES_ZONES message — bovenlokaal aanbod stays geïntegreerd only when the zorgraden of every zone it reaches align.
import { listNames, type MessageRenderer } from '../../finding';
import type { BoundaryOrgCrossesZonesEvidence } from './detect';

export const boundaryOrgCrossesZonesMessage: MessageRenderer = (found, name) => {
  const { zones } = found.evidence as BoundaryOrgCrossesZonesEvidence;
  const organisation = name(found.subject);
  const names = zones.map(name);
  return {
    nl: `${organisation} heeft aanbod in of voor gemeenten van ${zones.length} eerstelijnszones (${listNames(names, 'nl')}) en moet dus met meerdere zorgraden afstemmen. Maak over die zones heen afspraken, zodat dit bovenlokale aanbod geïntegreerd blijft.`,
    en: `${organisation} provides in or for municipalities of ${zones.length} eerstelijnszones (primary care zones: ${listNames(names, 'en')}) and so has to align with several zorgraden. Make arrangements across those zones so this supra-local provision stays integrated.`,
  };
};
