// POST /api/snapshots: save the graph as it is now under a name; needs the write token.
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';
import { snapshotsQueryOptions } from './get-snapshots';

export function saveSnapshot(name: string, token: string): Promise<SnapshotSummary> {
  return apiPost<SnapshotSummary>('/snapshots', { name }, token);
}

export function useSaveSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, token }: { name: string; token: string }) => saveSnapshot(name, token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsQueryOptions.queryKey }),
  });
}
