// GET /api/municipalities/{nis}/graph: one municipality with its zones, neighbours, networks and partners.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { municipalityGraphPath } from '../../../lib/api-paths';

export function getMunicipalityGraph(nis: string, signal?: AbortSignal): Promise<Subgraph> {
  return apiGet<Subgraph>(municipalityGraphPath(nis), signal);
}

export function municipalityGraphQueryOptions(nis: string) {
  return queryOptions({
    queryKey: ['municipality-graph', nis],
    queryFn: ({ signal }) => getMunicipalityGraph(nis, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalityGraph(nis: string | undefined) {
  return useQuery({ ...municipalityGraphQueryOptions(nis ?? ''), enabled: nis !== undefined });
}
