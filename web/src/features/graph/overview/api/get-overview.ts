// GET /api/overview: the whole graph at Flanders zoom, one aggregate per municipality.
import type { Overview } from '@knooppunt/server/domain/overview';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../../lib/api-client';

export function getOverview(signal?: AbortSignal): Promise<Overview> {
  return apiGet<Overview>('/overview', signal);
}

export const overviewQueryOptions = queryOptions({
  queryKey: ['overview'],
  queryFn: ({ signal }) => getOverview(signal),
  staleTime: 5 * 60_000,
});

export function useOverview(enabled: boolean) {
  return useQuery({ ...overviewQueryOptions, enabled });
}
