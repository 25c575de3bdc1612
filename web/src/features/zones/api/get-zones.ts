// GET /api/zones: every eerstelijnszone, sorted by name, for the zone picker.
import type { ZoneSummary } from '@knooppunt/server/domain/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getZones(signal?: AbortSignal): Promise<ZoneSummary[]> {
  return apiGet<ZoneSummary[]>('/zones', signal);
}

export const zonesQueryOptions = queryOptions({
  queryKey: ['zones'],
  queryFn: ({ signal }) => getZones(signal),
  staleTime: 5 * 60_000,
});

export function useZones() {
  return useQuery(zonesQueryOptions);
}
