// Snapshots: the whole graph saved under a name and a date in the active store, to load again or to
// compare with another snapshot or with the graph as it is now. Shapes shared by the API, the command
// line and the web app; the answers' shapes are defined once, as zod schemas, in snapshot.schema.ts.
export type {
  DiffCounts,
  DiffSide,
  GraphDiff,
  NodeChange,
  NodeDiffEntry,
  PropertyChange,
  RelationshipChange,
  RelationshipDiffEntry,
  SnapshotDiffResponse,
  SnapshotSummary,
} from './snapshot.schema';
import type { SnapshotSummary } from './snapshot.schema';

/** A snapshot as both stores keep it: its summary and its graph document (the JSON export's text), gzip-compressed. */
export interface StoredSnapshot {
  summary: SnapshotSummary;
  document: Uint8Array;
}

/** Newest first; two of the same moment by id, so every store lists them in one order. */
export function newestFirst(a: SnapshotSummary, b: SnapshotSummary): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export const SNAPSHOT_NAME_MAX_LENGTH = 100;

/** A snapshot id as stores make them; anything else names no snapshot. */
export const SNAPSHOT_ID_PATTERN = /^\d{8}-\d{6}-[0-9a-f]{6}$/;

/** Thrown when a snapshot name is not acceptable; the HTTP layer answers 400, the command line exits 2. */
export class SnapshotNameError extends Error {
  constructor(readonly reason: string) {
    super(`snapshot name: ${reason}`);
    this.name = 'SnapshotNameError';
  }
}

/**
 * The name as it is kept (trimmed), or a SnapshotNameError: a name is what a person picks the snapshot
 * by in a list, so it must have some text, fit on a line and hold no control characters.
 */
export function snapshotName(raw: string): string {
  const name = raw.trim();
  if (name === '') throw new SnapshotNameError('must not be empty');
  if (name.length > SNAPSHOT_NAME_MAX_LENGTH) {
    throw new SnapshotNameError(`must be at most ${SNAPSHOT_NAME_MAX_LENGTH} characters (it has ${name.length})`);
  }
  // C0 controls, DEL and C1 controls: a line break would break the command line's list.
  // eslint-disable-next-line no-control-regex -- control characters are what this check refuses
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) throw new SnapshotNameError('must not contain line breaks, tabs or other control characters');
  return name;
}

/** How many entries of each list a diff gives unless asked for another limit. */
export const DEFAULT_DIFF_LIMIT = 1_000;

/** The `to` of a diff that means the graph as it is now. */
export const NOW = 'now';
