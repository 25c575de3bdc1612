// GET /api/search?q=&limit=: nodes by name (accent-insensitive) or NIS, for the header's type-ahead.
import type { SearchHit } from '@knooppunt/server/domain/api';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

export const SEARCH_LIMIT = 20;

export function searchNodes(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return apiGet<SearchHit[]>(withQuery('/search', { q: query, limit: SEARCH_LIMIT }), signal);
}

export function searchQueryOptions(query: string) {
  return queryOptions({
    queryKey: ['search', query],
    queryFn: ({ signal }) => searchNodes(query, signal),
    staleTime: 60_000,
  });
}

export function useSearch(query: string) {
  return useQuery({ ...searchQueryOptions(query), enabled: query.length >= 2, placeholderData: keepPreviousData });
}
