// GET /api/findings?municipality=: the findings about the municipality chosen on the map, computed with
// the map's own thresholds so the list agrees with the colours.
import type { Finding } from '@knooppunt/server/domain/findings';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';
import type { MapThresholds } from './get-map-overview';

export function municipalityFindingsQueryOptions(municipalityId: string, thresholds: MapThresholds) {
  return queryOptions({
    queryKey: ['map-findings', municipalityId, thresholds.childcarePer100 ?? ''],
    queryFn: ({ signal }) =>
      apiGet<Finding[]>(withQuery('/findings', { municipality: municipalityId, childcarePer100: thresholds.childcarePer100 }), signal),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalityFindings(municipalityId: string | undefined, thresholds: MapThresholds) {
  return useQuery({ ...municipalityFindingsQueryOptions(municipalityId ?? '', thresholds), enabled: municipalityId !== undefined });
}
