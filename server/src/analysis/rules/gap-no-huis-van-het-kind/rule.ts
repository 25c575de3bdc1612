// GAP_NO_HUIS_VAN_HET_KIND as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapNoHuisVanHetKind } from './detect';
import { explanation } from './explanation';
import { gapNoHuisVanHetKindMessage } from './message';

export const gapNoHuisVanHetKindRule: CatalogueRule<'GAP_NO_HUIS_VAN_HET_KIND'> = {
  ...about,
  explanation,
  detect: gapNoHuisVanHetKind,
  message: gapNoHuisVanHetKindMessage,
  checklistItem: { networkType: 'HUIS_VAN_HET_KIND' },
};
