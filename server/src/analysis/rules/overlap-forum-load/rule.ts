// OVERLAP_FORUM_LOAD as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { overlapForumLoad } from './detect';
import { explanation } from './explanation';
import { overlapForumLoadMessage } from './message';

export const overlapForumLoadRule: CatalogueRule<'OVERLAP_FORUM_LOAD'> = {
  ...about,
  explanation,
  detect: overlapForumLoad,
  message: overlapForumLoadMessage,
  neo4jCost: 70,
};
