// BOUNDARY_CONTINUITY as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { boundaryContinuity } from './detect';
import { explanation } from './explanation';
import { boundaryContinuityMessage } from './message';

export const boundaryContinuityRule: CatalogueRule<'BOUNDARY_CONTINUITY'> = {
  ...about,
  explanation,
  detect: boundaryContinuity,
  message: boundaryContinuityMessage,
  checklistItem: { networkType: 'fromEvidence' },
  neo4jCost: 95,
};
