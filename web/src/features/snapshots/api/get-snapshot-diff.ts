// GET /api/snapshots/diff?from=&to=: what changed from one snapshot to another, or to now.
import { NOW, type SnapshotDiffResponse } from '@knooppunt/server/domain/snapshot';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../../lib/api-client';

export function getSnapshotDiff(from: string, to: string, signal?: AbortSignal): Promise<SnapshotDiffResponse> {
  return apiGet<SnapshotDiffResponse>(withQuery('/snapshots/diff', { from, to }), signal);
}

/** A comparison with now changes whenever the data does, so only snapshot-to-snapshot answers are kept long. */
export function snapshotDiffQueryOptions(from: string | undefined, to: string) {
  return queryOptions({
    queryKey: ['snapshot-diff', from ?? '', to],
    queryFn: ({ signal }) => getSnapshotDiff(from!, to, signal),
    enabled: from !== undefined,
    staleTime: to === NOW ? 0 : Infinity,
  });
}

export function useSnapshotDiff(from: string | undefined, to: string) {
  return useQuery(snapshotDiffQueryOptions(from, to));
}
