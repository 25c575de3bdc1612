// GET /api/municipalities/{nis}/profile: a municipality's checklist, networks, partners, funding, role
// conflicts and comparison with its neighbours.
import type { MunicipalityProfile } from '@knooppunt/server/domain/municipality-profile';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getMunicipalityProfile(municipalityId: string, signal?: AbortSignal): Promise<MunicipalityProfile> {
  return apiGet<MunicipalityProfile>(`/municipalities/${encodeURIComponent(municipalityId)}/profile`, signal);
}

export function municipalityProfileQueryOptions(municipalityId: string) {
  return queryOptions({
    queryKey: ['municipality-profile', municipalityId],
    queryFn: ({ signal }) => getMunicipalityProfile(municipalityId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalityProfile(municipalityId: string | undefined) {
  return useQuery({ ...municipalityProfileQueryOptions(municipalityId ?? ''), enabled: municipalityId !== undefined });
}
