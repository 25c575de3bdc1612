// GAP_NO_LOK as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapNoLok } from './detect';
import { explanation } from './explanation';
import { gapNoLokMessage } from './message';

export const gapNoLokRule: CatalogueRule<'GAP_NO_LOK'> = {
  ...about,
  explanation,
  detect: gapNoLok,
  message: gapNoLokMessage,
  checklistItem: { networkType: 'LOK' },
};
