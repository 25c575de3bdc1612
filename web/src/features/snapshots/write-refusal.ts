// What to tell the user when a write (saving or deleting a snapshot) is refused: the token's two failures
// in plain words, anything else with the server's own detail.
import { ApiError } from '../../lib/api-client';
import type { SnapshotsText } from './snapshots-text';

export function writeRefusal(error: Error, text: SnapshotsText, failed: (detail: string) => string): string {
  if (error instanceof ApiError && error.status === 401) return text.errorUnauthorized;
  if (error instanceof ApiError && error.status === 403) return text.errorForbidden;
  return failed(error instanceof ApiError && error.problem ? error.problem.detail : error.message);
}
