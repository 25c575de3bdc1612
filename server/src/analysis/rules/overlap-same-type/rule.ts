// OVERLAP_SAME_TYPE as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { overlapSameType } from './detect';
import { explanation } from './explanation';
import { overlapSameTypeMessage } from './message';

export const overlapSameTypeRule: CatalogueRule<'OVERLAP_SAME_TYPE'> = {
  ...about,
  explanation,
  detect: overlapSameType,
  message: overlapSameTypeMessage,
  checklistItem: { networkType: 'fromEvidence' },
  neo4jCost: 20,
};
