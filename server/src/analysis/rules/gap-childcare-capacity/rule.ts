// GAP_CHILDCARE_CAPACITY as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapChildcareCapacity } from './detect';
import { explanation } from './explanation';
import { gapChildcareCapacityMessage } from './message';

export const gapChildcareCapacityRule: CatalogueRule<'GAP_CHILDCARE_CAPACITY'> = {
  ...about,
  explanation,
  detect: gapChildcareCapacity,
  message: gapChildcareCapacityMessage,
  checklistItem: { function: 'kinderopvang_baby_peuter' },
  neo4jCost: 30,
};
