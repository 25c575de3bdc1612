// GET /api/nodes/{id}/neighbourhood?depth=: the nodes within `depth` steps, merged into the view on expand.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

export function getNeighbourhood(nodeId: string, depth: number, signal?: AbortSignal): Promise<Subgraph> {
  return apiGet<Subgraph>(withQuery(`/nodes/${encodeURIComponent(nodeId)}/neighbourhood`, { depth }), signal);
}

export function neighbourhoodQueryOptions(nodeId: string, depth = 1) {
  return queryOptions({
    queryKey: ['neighbourhood', nodeId, depth],
    queryFn: ({ signal }) => getNeighbourhood(nodeId, depth, signal),
    staleTime: 5 * 60_000,
  });
}

/** The depth-1 neighbourhoods of several nodes, in the order given. */
export function useNeighbourhoods(nodeIds: readonly string[]) {
  return useQueries({ queries: nodeIds.map((id) => neighbourhoodQueryOptions(id)) });
}
