// Snapshots: the whole graph saved under a name and a date in the active store, to load again or to
// compare with another snapshot or with the graph as it is now. Shapes shared by the API, the command
// line and the web app.
import type { Finding } from './findings';
import type { NodeLabel, RelationshipType } from './vocabulary';

export interface SnapshotSummary {
  /** Unique and stable: the moment it was taken plus a random part, e.g. `20260105-143012-3fa2c1`. */
  id: string;
  name: string;
  /** ISO 8601. */
  createdAt: string;
  /** The content hash of the graph it holds (`sha256:…`), as the store reports it; absent for an empty graph. */
  contentHash?: string;
  counts: { nodes: number; relationships: number };
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

/** A property whose value differs; absent `before` or `after` means the property was added or removed. */
export interface PropertyChange {
  property: string;
  before?: string | number | boolean;
  after?: string | number | boolean;
}

export interface NodeDiffEntry {
  id: string;
  label: NodeLabel;
  name: string;
}

export interface NodeChange extends NodeDiffEntry {
  changes: PropertyChange[];
}

export interface RelationshipDiffEntry {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  fromName: string;
  toName: string;
}

export interface RelationshipChange extends RelationshipDiffEntry {
  changes: PropertyChange[];
}

export interface DiffCounts {
  nodesAdded: number;
  nodesRemoved: number;
  nodesChanged: number;
  relationshipsAdded: number;
  relationshipsRemoved: number;
  relationshipsChanged: number;
  findingsOpened: number;
  findingsClosed: number;
}

/** What changed from one graph to another; every list sorted by id. */
export interface GraphDiff {
  counts: DiffCounts;
  nodes: { added: NodeDiffEntry[]; removed: NodeDiffEntry[]; changed: NodeChange[] };
  relationships: { added: RelationshipDiffEntry[]; removed: RelationshipDiffEntry[]; changed: RelationshipChange[] };
  /** Findings of the rule catalogue (default thresholds) that appear (opened) or disappear (closed). */
  findings: { opened: Finding[]; closed: Finding[] };
}

/** One side of a comparison: a snapshot, or the graph as it is now (`id: 'now'`). */
export interface DiffSide {
  id: string;
  name?: string;
  createdAt?: string;
  contentHash?: string;
  counts: { nodes: number; relationships: number };
}

/** GET /api/snapshots/diff: the counts always in full; each list cut at `limit`, with `truncated` set when any was. */
export interface SnapshotDiffResponse extends GraphDiff {
  from: DiffSide;
  to: DiffSide;
  limit: number;
  truncated: boolean;
}

/** How many entries of each list a diff gives unless asked for another limit. */
export const DEFAULT_DIFF_LIMIT = 1_000;

/** The `to` of a diff that means the graph as it is now. */
export const NOW = 'now';
