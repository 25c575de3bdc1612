// GET /api/nodes/{id}/neighbourhood?depth=: the nodes within `depth` steps, merged into the view on expand.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

/**
 * An expansion brings at most this many neighbours (the first by id, as the server cuts them): a hub's
 * thousand partners would bury the view and hang the browser. The rest come on request (HUB_FULL_LIMIT).
 */
export const HUB_CAP = 100;
/** The server's own ceiling for one neighbourhood. */
export const HUB_FULL_LIMIT = 5_000;

export function getNeighbourhood(nodeId: string, depth: number, limit: number, signal?: AbortSignal): Promise<Subgraph> {
  return apiGet<Subgraph>(withQuery(`/nodes/${encodeURIComponent(nodeId)}/neighbourhood`, { depth, limit }), signal);
}

export function neighbourhoodQueryOptions(nodeId: string, depth = 1, limit = HUB_CAP + 1) {
  return queryOptions({
    queryKey: ['neighbourhood', nodeId, depth, limit],
    queryFn: ({ signal }) => getNeighbourhood(nodeId, depth, limit, signal),
    staleTime: 5 * 60_000,
  });
}

/** The depth-1 neighbourhoods of several nodes, in the order given; those in `whole` uncapped. */
export function useNeighbourhoods(nodeIds: readonly string[], whole: ReadonlySet<string> = new Set()) {
  // The limit counts the node itself: HUB_CAP neighbours need one more.
  return useQueries({ queries: nodeIds.map((id) => neighbourhoodQueryOptions(id, 1, whole.has(id) ? HUB_FULL_LIMIT : HUB_CAP + 1)) });
}
