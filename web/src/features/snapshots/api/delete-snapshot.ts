// DELETE /api/snapshots/{id}: remove a saved snapshot; needs the write token.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { apiDelete } from '../../../lib/api-client';
import { snapshotsQueryOptions } from './get-snapshots';

export function deleteSnapshot(id: string, token: string): Promise<void> {
  return apiDelete(`/snapshots/${encodeURIComponent(id)}`, token);
}

export function useDeleteSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ snapshot, token }: { snapshot: SnapshotSummary; token: string }) => deleteSnapshot(snapshot.id, token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsQueryOptions.queryKey }),
  });
}
