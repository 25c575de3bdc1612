// GET /api/search?q=: municipalities by name or NIS, for choosing any municipality's profile.
import type { SearchHit } from '@knooppunt/server/domain/api';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Search ranks every kind of node; asking for more than shown leaves room for the municipalities among them. */
const SEARCH_LIMIT = 50;
const SHOWN = 12;

export async function searchMunicipalities(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const hits = await apiGet<SearchHit[]>(withQuery('/search', { q: query, limit: SEARCH_LIMIT }), signal);
  return hits.filter((hit) => hit.label === 'Municipality').slice(0, SHOWN);
}

export function municipalitySearchQueryOptions(query: string) {
  return queryOptions({
    queryKey: ['municipality-search', query],
    queryFn: ({ signal }) => searchMunicipalities(query, signal),
    staleTime: 60_000,
  });
}

export function useMunicipalitySearch(query: string) {
  return useQuery({ ...municipalitySearchQueryOptions(query), enabled: query.length >= 2, placeholderData: keepPreviousData });
}
