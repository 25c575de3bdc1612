// GET /api/nodes/{id}: one node with its zones and every relationship, for the side panel.
import type { NodeDetail } from '@knooppunt/server/domain/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getNode(nodeId: string, signal?: AbortSignal): Promise<NodeDetail> {
  return apiGet<NodeDetail>(`/nodes/${encodeURIComponent(nodeId)}`, signal);
}

export function nodeQueryOptions(nodeId: string) {
  return queryOptions({
    queryKey: ['node', nodeId],
    queryFn: ({ signal }) => getNode(nodeId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useNode(nodeId: string | undefined) {
  return useQuery({ ...nodeQueryOptions(nodeId ?? ''), enabled: nodeId !== undefined });
}
