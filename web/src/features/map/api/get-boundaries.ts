// GET /api/geo/boundaries: the municipality boundaries (TopoJSON), the same for every dataset.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../../lib/api-client';
import type { BoundaryTopology } from '../map-geometry';

/** Undefined when the server has none (404): the map then says so and the table still works. */
export async function getBoundaries(signal?: AbortSignal): Promise<BoundaryTopology | undefined> {
  try {
    return await apiGet<BoundaryTopology>('/geo/boundaries', signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

export const boundariesQueryOptions = queryOptions({
  queryKey: ['boundaries'],
  queryFn: ({ signal }) => getBoundaries(signal),
  staleTime: Infinity,
});

export function useBoundaries() {
  return useQuery(boundariesQueryOptions);
}
