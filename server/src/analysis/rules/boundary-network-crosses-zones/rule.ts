// BOUNDARY_NETWORK_CROSSES_ZONES as the catalogue registers it (../catalogue.ts): its names and texts, detection and wording.
import type { CatalogueRule } from '../rule-parts';
import { about } from './about';
import { boundaryNetworkCrossesZones } from './detect';
import { explanation } from './explanation';
import { boundaryNetworkCrossesZonesMessage } from './message';

export const boundaryNetworkCrossesZonesRule: CatalogueRule<'BOUNDARY_NETWORK_CROSSES_ZONES'> = {
  ...about,
  explanation,
  detect: boundaryNetworkCrossesZones,
  message: boundaryNetworkCrossesZonesMessage,
  neo4jCost: 40,
};
