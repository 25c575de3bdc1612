// OVERLAP_MULTIPLE_ZONES message — a municipality belongs to one eerstelijnszone, whose zorgraad is the motor of geïntegreerde zorg.
import { listNames, type MessageRenderer } from '../../finding';
import type { OverlapMultipleZonesEvidence } from './detect';

export const overlapMultipleZonesMessage: MessageRenderer = (found, name) => {
  const { zones } = found.evidence as OverlapMultipleZonesEvidence;
  const municipality = name(found.subject);
  const names = zones.map(name);
  return {
    nl: `${municipality} hoort bij ${zones.length} eerstelijnszones (${listNames(names, 'nl')}), terwijl elke gemeente bij één zone hoort, met de zorgraad als motor van geïntegreerde zorg. Beslis samen met de zorgraden bij welke eerstelijnszone ${municipality} hoort.`,
    en: `${municipality} belongs to ${zones.length} eerstelijnszones (primary care zones: ${listNames(names, 'en')}), while each municipality belongs to one zone, whose zorgraad drives integrated care. Agree with the zorgraden which zone ${municipality} belongs to.`,
  };
};
