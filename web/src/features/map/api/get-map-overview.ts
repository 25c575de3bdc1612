// GET /api/map: per municipality and zone the facts every map measure is read from, with the thresholds.
import type { MapOverview } from '@knooppunt/server/domain/map-overview';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

export interface MapThresholds {
  childcarePer100?: number;
}

export function getMapOverview(thresholds: MapThresholds, signal?: AbortSignal): Promise<MapOverview> {
  return apiGet<MapOverview>(withQuery('/map', { childcarePer100: thresholds.childcarePer100?.toString() }), signal);
}

export function mapOverviewQueryOptions(thresholds: MapThresholds) {
  return queryOptions({
    queryKey: ['map', thresholds.childcarePer100 ?? ''],
    queryFn: ({ signal }) => getMapOverview(thresholds, signal),
    staleTime: 5 * 60_000,
    // A new threshold keeps the old colours on screen until the new answer is in.
    placeholderData: (previous) => previous,
  });
}

export function useMapOverview(thresholds: MapThresholds) {
  return useQuery(mapOverviewQueryOptions(thresholds));
}
