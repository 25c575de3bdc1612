// BOUNDARY_ORG_CROSSES_ZONES as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { boundaryOrgCrossesZones } from './detect';
import { explanation } from './explanation';
import { boundaryOrgCrossesZonesMessage } from './message';

export const boundaryOrgCrossesZonesRule: CatalogueRule<'BOUNDARY_ORG_CROSSES_ZONES'> = {
  ...about,
  explanation,
  detect: boundaryOrgCrossesZones,
  message: boundaryOrgCrossesZonesMessage,
  neo4jCost: 310,
};
