// GAP_ZORGRAAD_MISSING as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapZorgraadMissing } from './detect';
import { explanation } from './explanation';
import { gapZorgraadMissingMessage } from './message';

export const gapZorgraadMissingRule: CatalogueRule<'GAP_ZORGRAAD_MISSING'> = {
  ...about,
  explanation,
  detect: gapZorgraadMissing,
  message: gapZorgraadMissingMessage,
  checklistItem: { networkType: 'ZORGRAAD' },
};
