// GET /api/geo/centroids: where each municipality lies, for the geographic layout.
import type { Centroid } from '@knooppunt/server/domain/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { CENTROIDS_PATH } from '../../../lib/api-paths';

export function getCentroids(signal?: AbortSignal): Promise<Centroid[]> {
  return apiGet<Centroid[]>(CENTROIDS_PATH, signal);
}

export const centroidsQueryOptions = queryOptions({
  queryKey: ['centroids'],
  queryFn: ({ signal }) => getCentroids(signal),
  staleTime: Infinity,
});

export function useCentroids(enabled: boolean) {
  return useQuery({ ...centroidsQueryOptions, enabled });
}
