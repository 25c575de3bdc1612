// GAP_GBO_PARTNER_MISSING as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { gapGboPartnerMissing } from './detect';
import { explanation } from './explanation';
import { gapGboPartnerMissingMessage } from './message';

export const gapGboPartnerMissingRule: CatalogueRule<'GAP_GBO_PARTNER_MISSING'> = {
  ...about,
  explanation,
  detect: gapGboPartnerMissing,
  message: gapGboPartnerMissingMessage,
  checklistItem: { networkType: 'GBO' },
};
