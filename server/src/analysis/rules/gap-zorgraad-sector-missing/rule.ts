// GAP_ZORGRAAD_SECTOR_MISSING as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapZorgraadSectorMissing } from './detect';
import { explanation } from './explanation';
import { gapZorgraadSectorMissingMessage } from './message';

export const gapZorgraadSectorMissingRule: CatalogueRule<'GAP_ZORGRAAD_SECTOR_MISSING'> = {
  ...about,
  explanation,
  detect: gapZorgraadSectorMissing,
  message: gapZorgraadSectorMissingMessage,
  checklistItem: { networkType: 'ZORGRAAD' },
};
