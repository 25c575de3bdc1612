// OVERLAP_MULTIPLE_ZONES as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { overlapMultipleZones } from './detect';
import { explanation } from './explanation';
import { overlapMultipleZonesMessage } from './message';

export const overlapMultipleZonesRule: CatalogueRule<'OVERLAP_MULTIPLE_ZONES'> = {
  ...about,
  explanation,
  detect: overlapMultipleZones,
  message: overlapMultipleZonesMessage,
  checklistItem: { networkType: 'ZORGRAAD' },
};
