// GET /api/snapshots: the snapshots in the active store, newest first.
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getSnapshots(signal?: AbortSignal): Promise<SnapshotSummary[]> {
  return apiGet<SnapshotSummary[]>('/snapshots', signal);
}

export const snapshotsQueryOptions = queryOptions({
  queryKey: ['snapshots'],
  queryFn: ({ signal }) => getSnapshots(signal),
});

export function useSnapshots() {
  return useQuery(snapshotsQueryOptions);
}

/** Where a snapshot's graph document downloads from (the server names the file). */
export const snapshotDownloadHref = (id: string): string => `/api/snapshots/${encodeURIComponent(id)}`;
