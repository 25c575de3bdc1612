// CONFLICT_REGIE_ACTOR as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { conflictRegieActor } from './detect';
import { explanation } from './explanation';
import { conflictRegieActorMessage } from './message';

export const conflictRegieActorRule: CatalogueRule<'CONFLICT_REGIE_ACTOR'> = {
  ...about,
  explanation,
  detect: conflictRegieActor,
  message: conflictRegieActorMessage,
  neo4jCost: 130,
};
