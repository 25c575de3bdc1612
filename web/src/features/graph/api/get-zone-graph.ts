// GET /api/zones/{zoneId}/graph: a zone, its municipalities and everything around them.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { zoneGraphPath } from '../../../lib/api-paths';

export function getZoneGraph(zoneId: string, signal?: AbortSignal): Promise<Subgraph> {
  return apiGet<Subgraph>(zoneGraphPath(zoneId), signal);
}

export function zoneGraphQueryOptions(zoneId: string) {
  return queryOptions({
    queryKey: ['zone-graph', zoneId],
    queryFn: ({ signal }) => getZoneGraph(zoneId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useZoneGraph(zoneId: string | undefined) {
  return useQuery({ ...zoneGraphQueryOptions(zoneId ?? ''), enabled: zoneId !== undefined });
}
