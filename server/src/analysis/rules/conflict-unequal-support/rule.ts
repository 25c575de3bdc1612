// CONFLICT_UNEQUAL_SUPPORT as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { conflictUnequalSupport } from './detect';
import { explanation } from './explanation';
import { conflictUnequalSupportMessage } from './message';

export const conflictUnequalSupportRule: CatalogueRule<'CONFLICT_UNEQUAL_SUPPORT'> = {
  ...about,
  explanation,
  detect: conflictUnequalSupport,
  message: conflictUnequalSupportMessage,
  neo4jCost: 310,
};
