// GAP_ZORGRAAD_MUNICIPALITY_ABSENT as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapZorgraadMunicipalityAbsent } from './detect';
import { explanation } from './explanation';
import { gapZorgraadMunicipalityAbsentMessage } from './message';

export const gapZorgraadMunicipalityAbsentRule: CatalogueRule<'GAP_ZORGRAAD_MUNICIPALITY_ABSENT'> = {
  ...about,
  explanation,
  detect: gapZorgraadMunicipalityAbsent,
  message: gapZorgraadMunicipalityAbsentMessage,
  checklistItem: { networkType: 'ZORGRAAD' },
};
