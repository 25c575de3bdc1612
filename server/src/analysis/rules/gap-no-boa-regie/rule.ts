// GAP_NO_BOA_REGIE as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapNoBoaRegie } from './detect';
import { explanation } from './explanation';
import { gapNoBoaRegieMessage } from './message';

export const gapNoBoaRegieRule: CatalogueRule<'GAP_NO_BOA_REGIE'> = {
  ...about,
  explanation,
  detect: gapNoBoaRegie,
  message: gapNoBoaRegieMessage,
  checklistItem: { networkType: 'BOA' },
  neo4jCost: 16,
};
