// GET /api/zones/{zoneId}/dashboard: the zone as its zorgraad coordinator explores it (zorgraad seats, what it
// lacks, networks and organisations across the border, brokers, communities, findings).
import type { ZoneDashboard } from '@knooppunt/server/domain/zone-dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getZoneDashboard(zoneId: string, signal?: AbortSignal): Promise<ZoneDashboard> {
  return apiGet<ZoneDashboard>(`/zones/${encodeURIComponent(zoneId)}/dashboard`, signal);
}

export function zoneDashboardQueryOptions(zoneId: string | undefined) {
  return queryOptions({
    queryKey: ['zone-dashboard', zoneId ?? ''],
    queryFn: ({ signal }) => getZoneDashboard(zoneId!, signal),
    enabled: zoneId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useZoneDashboard(zoneId: string | undefined) {
  return useQuery(zoneDashboardQueryOptions(zoneId));
}
