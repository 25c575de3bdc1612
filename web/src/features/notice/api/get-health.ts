// GET /api/health: the backend, its counts and the dataset's manifest (whose notice the banner shows).
import type { HealthResponse } from '@knooppunt/server/domain/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return apiGet<HealthResponse>('/health', signal);
}

export const healthQueryOptions = queryOptions({
  queryKey: ['health'],
  queryFn: ({ signal }) => getHealth(signal),
  staleTime: 60_000,
});

export function useHealth() {
  return useQuery(healthQueryOptions);
}
