// GAP_NO_ZONE as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapNoZone } from './detect';
import { explanation } from './explanation';
import { gapNoZoneMessage } from './message';

export const gapNoZoneRule: CatalogueRule<'GAP_NO_ZONE'> = {
  ...about,
  explanation,
  detect: gapNoZone,
  message: gapNoZoneMessage,
  checklistItem: { networkType: 'ZORGRAAD' },
};
