// GAP_NO_GBO as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapNoGbo } from './detect';
import { explanation } from './explanation';
import { gapNoGboMessage } from './message';

export const gapNoGboRule: CatalogueRule<'GAP_NO_GBO'> = {
  ...about,
  explanation,
  detect: gapNoGbo,
  message: gapNoGboMessage,
  checklistItem: { networkType: 'GBO' },
};
