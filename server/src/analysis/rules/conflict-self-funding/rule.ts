// CONFLICT_SELF_FUNDING as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { conflictSelfFunding } from './detect';
import { explanation } from './explanation';
import { conflictSelfFundingMessage } from './message';

export const conflictSelfFundingRule: CatalogueRule<'CONFLICT_SELF_FUNDING'> = {
  ...about,
  explanation,
  detect: conflictSelfFunding,
  message: conflictSelfFundingMessage,
  neo4jCost: 170,
};
