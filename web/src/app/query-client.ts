// The data client, and the requests a page load can start before React has rendered anything.
import { QueryClient } from '@tanstack/react-query';
import { healthQueryOptions } from '../features/notice/api/get-health';
import { centroidsQueryOptions } from '../features/graph/api/get-centroids';
import { municipalityGraphQueryOptions } from '../features/graph/api/get-municipality-graph';
import { zoneGraphQueryOptions } from '../features/graph/api/get-zone-graph';
import { zonesQueryOptions } from '../features/zones/api/get-zones';
import type { ExplorerState } from '../lib/explorer-state';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/**
 * Start fetching what the first screen needs while the app is still mounting: the zone's graph
 * then arrives about when the canvas is ready for it, which is what keeps a zone under a second.
 */
export function prefetchInitialView(queryClient: QueryClient, state: ExplorerState): void {
  if (state.zone) void queryClient.prefetchQuery(zoneGraphQueryOptions(state.zone));
  else if (state.municipality) void queryClient.prefetchQuery(municipalityGraphQueryOptions(state.municipality));
  // The geographic layout places the graph by the centroids: asked for beside the graph, not once it came.
  if ((state.zone || state.municipality) && state.layout === 'geographic') void queryClient.prefetchQuery(centroidsQueryOptions);
  void queryClient.prefetchQuery(zonesQueryOptions);
  void queryClient.prefetchQuery(healthQueryOptions);
}
