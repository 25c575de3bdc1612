// Compares two snapshots of a store, or a snapshot with the graph as it is now: loads both sides and hands
// them to the pure diff. Shared by the API and the command line.
import type { GraphDocument } from '../domain/graph-document';
import { NOW, type DiffSide, type SnapshotDiffResponse } from '../domain/snapshot';
import { contentHash } from '../graph/content-hash';
import type { GraphContent } from '../graph/dataset-to-graph';
import type { GraphStore } from '../store/graph-store';
import { documentContent } from './document-content';
import { diffGraphs, limitDiff } from './graph-diff';
import { collectGraph } from './snapshot-document';
import { readSnapshot } from './snapshot-service';

/** A side named a snapshot the store does not have; `side` says which (`from` or `to`). */
export class UnknownSnapshotError extends Error {
  constructor(
    readonly side: 'from' | 'to',
    readonly id: string,
  ) {
    super(`no snapshot "${id}"`);
    this.name = 'UnknownSnapshotError';
  }
}

async function loadSide(store: GraphStore, id: string, side: 'from' | 'to'): Promise<{ side: DiffSide; content: GraphContent }> {
  if (id === NOW) {
    const content = await collectGraph(store.streamGraph());
    const counts = { nodes: content.nodes.length, relationships: content.relationships.length };
    const hash = counts.nodes === 0 ? {} : { contentHash: contentHash(content.nodes, content.relationships) };
    return { side: { id: NOW, ...hash, counts }, content };
  }
  const summary = (await store.listSnapshots()).find((snapshot) => snapshot.id === id);
  const text = summary === undefined ? undefined : await readSnapshot(store, id);
  if (summary === undefined || text === undefined) throw new UnknownSnapshotError(side, id);
  return { side: summary, content: documentContent(JSON.parse(text) as GraphDocument) };
}

/** `from` → `to`, each a snapshot id or `now`; each list cut at `limit`. */
export async function compareSnapshots(store: GraphStore, from: string, to: string, limit: number): Promise<SnapshotDiffResponse> {
  const before = await loadSide(store, from, 'from');
  const after = await loadSide(store, to, 'to');
  const { diff, truncated } = limitDiff(diffGraphs(before.content, after.content), limit);
  return { from: before.side, to: after.side, limit, truncated, ...diff };
}
