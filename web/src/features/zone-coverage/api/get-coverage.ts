// GET /api/coverage?zone=: per municipality of the zone (or of all of Flanders), the network types
// covering it, how far each function is reachable, and childcare places per 100 children.
import type { CoverageResponse } from '@knooppunt/server/domain/coverage';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

export function getCoverage(zoneId: string | undefined, signal?: AbortSignal): Promise<CoverageResponse> {
  return apiGet<CoverageResponse>(withQuery('/coverage', { zone: zoneId }), signal);
}

export function coverageQueryOptions(zoneId: string | undefined) {
  return queryOptions({
    queryKey: ['coverage', zoneId ?? ''],
    queryFn: ({ signal }) => getCoverage(zoneId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCoverage(zoneId: string | undefined) {
  return useQuery(coverageQueryOptions(zoneId));
}
