// GET /api/findings?zone= | ?municipality=: every finding of one scope. Kind, rule and severity are
// filtered in the browser, so changing them is instant and the per-rule counts come from one answer.
import type { Finding } from '@knooppunt/server/domain/findings';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Where the findings are asked for: a zone, one municipality, or (neither) all of Flanders. */
export interface FindingsScope {
  zone?: string;
  municipality?: string;
}

export function getFindings(scope: FindingsScope, signal?: AbortSignal): Promise<Finding[]> {
  return apiGet<Finding[]>(withQuery('/findings', { zone: scope.zone, municipality: scope.municipality }), signal);
}

export function findingsQueryOptions(scope: FindingsScope) {
  return queryOptions({
    queryKey: ['findings', scope.zone ?? '', scope.municipality ?? ''],
    queryFn: ({ signal }) => getFindings(scope, signal),
    staleTime: 5 * 60_000,
  });
}

export function useFindings(scope: FindingsScope | undefined) {
  return useQuery({ ...findingsQueryOptions(scope ?? {}), enabled: scope !== undefined });
}
