// Snapshots as the API and the command line use them, built above the store port: the store streams its
// graph and keeps what it is given, and this module makes the snapshot and reads it back. So the stores
// never import snapshots/ (nor, through it, export/).
import { snapshotName, type SnapshotSummary } from '../domain/snapshot';
import type { GraphStore } from '../store/graph-store';
import { snapshotText, takeSnapshot } from './snapshot-document';

type SnapshotStore = Pick<GraphStore, 'backend' | 'streamGraph' | 'manifest' | 'keepSnapshot'>;

/**
 * Saves the graph as it is now as a snapshot in `store`. `name` is checked with snapshotName (throws
 * SnapshotNameError before anything is read); `appVersion` goes into the document's metadata.
 */
export async function saveSnapshot(store: SnapshotStore, name: string, appVersion: string): Promise<SnapshotSummary> {
  const request = { name: snapshotName(name), appVersion, manifest: await store.manifest() };
  const snapshot = await takeSnapshot(store, request);
  await store.keepSnapshot(snapshot);
  return snapshot.summary;
}

/** A snapshot's graph document (the JSON export's text), or undefined for an unknown id. */
export async function readSnapshot(store: Pick<GraphStore, 'readSnapshotDocument'>, id: string): Promise<string | undefined> {
  const document = await store.readSnapshotDocument(id);
  return document === undefined ? undefined : snapshotText(document);
}
