// GAP_FUNCTION_UNREACHABLE as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapFunctionUnreachable } from './detect';
import { explanation } from './explanation';
import { gapFunctionUnreachableMessage } from './message';

export const gapFunctionUnreachableRule: CatalogueRule<'GAP_FUNCTION_UNREACHABLE'> = {
  ...about,
  explanation,
  detect: gapFunctionUnreachable,
  message: gapFunctionUnreachableMessage,
  checklistItem: { function: 'fromEvidence' },
  neo4jCost: 35,
};
