// The data a page opened on a zone's or municipality's graph needs first, asked for by the boot script
// (boot.ts) while the app's bundle is still arriving and being parsed: on two busy cores that is 150–300 ms
// before the app could ask itself (query-client.ts's prefetch, which then takes these answers).
import type { ExplorerState } from '../lib/explorer-state';
import { CENTROIDS_PATH, municipalityGraphPath, zoneGraphPath } from '../lib/api-paths';
import { requestEarly } from '../lib/early-requests';

export function requestInitialData(state: Pick<ExplorerState, 'zone' | 'municipality' | 'layout'>): void {
  if (state.zone) requestEarly(zoneGraphPath(state.zone));
  else if (state.municipality) requestEarly(municipalityGraphPath(state.municipality));
  else return;
  // The geographic layout places the graph by the centroids: asked for beside the graph, not once it came.
  if (state.layout === 'geographic') requestEarly(CENTROIDS_PATH);
}
