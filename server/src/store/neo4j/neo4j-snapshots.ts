// Snapshots in Neo4j: a :KnooppuntSnapshot node with the summary, and :KnooppuntSnapshotChunk nodes that
// hold the compressed graph document in byte arrays of bounded size (a property value has to fit in one
// Bolt message and in the page cache comfortably). Neither label is KnooppuntNode, so nothing that reads
// the graph sees them (cypher/snapshots/).
import type { ManagedTransaction } from 'neo4j-driver';
import type { SnapshotSummary } from '../../domain/snapshot';
import type { StoredSnapshot } from '../../domain/snapshot';
import { firstRow, runQuery, runStatement } from './queries/cypher-query';
import { snapshotQueries } from './queries/snapshot-queries';

/** Bytes per chunk node. */
export const SNAPSHOT_CHUNK_BYTES = 1 << 20;
/** Chunks per statement, so one request carries a few megabytes at most. */
const CHUNKS_PER_STATEMENT = 4;

/** The driver sends and returns byte arrays as Int8Array; these views share the document's memory. */
function chunksOf(document: Uint8Array, chunkBytes: number): { index: number; data: Int8Array }[] {
  const chunks: { index: number; data: Int8Array }[] = [];
  for (let start = 0, index = 0; start < document.length; start += chunkBytes, index += 1) {
    const length = Math.min(chunkBytes, document.length - start);
    chunks.push({ index, data: new Int8Array(document.buffer, document.byteOffset + start, length) });
  }
  return chunks;
}

/** `chunkBytes` is only ever smaller in tests, to see a document of a few chunks put together again. */
export async function writeSnapshot(tx: ManagedTransaction, { summary, document }: StoredSnapshot, chunkBytes = SNAPSHOT_CHUNK_BYTES): Promise<void> {
  await runStatement(tx, snapshotQueries.save, {
    id: summary.id,
    name: summary.name,
    createdAt: summary.createdAt,
    contentHash: summary.contentHash ?? null,
    nodes: summary.counts.nodes,
    relationships: summary.counts.relationships,
  });
  const chunks = chunksOf(document, chunkBytes);
  for (let start = 0; start < chunks.length; start += CHUNKS_PER_STATEMENT) {
    await runStatement(tx, snapshotQueries.saveChunks, { id: summary.id, chunks: chunks.slice(start, start + CHUNKS_PER_STATEMENT) });
  }
}

export async function readSnapshotSummaries(tx: ManagedTransaction): Promise<SnapshotSummary[]> {
  const rows = await runQuery(tx, snapshotQueries.list);
  return rows.map(({ id, name, createdAt, contentHash, nodes, relationships }) => ({
    id,
    name,
    createdAt,
    ...(contentHash === null ? {} : { contentHash }),
    counts: { nodes, relationships },
  }));
}

/** The compressed document put together from its chunks, or undefined for an unknown id. */
export async function readSnapshotDocument(tx: ManagedTransaction, id: string): Promise<Uint8Array | undefined> {
  const rows = await runQuery(tx, snapshotQueries.read, { id });
  if (rows.length === 0) return undefined;
  const chunks = rows.map((row) => row.data);
  const document = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    document.set(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length), offset);
    offset += chunk.length;
  }
  return document;
}

export async function deleteSnapshotNodes(tx: ManagedTransaction, id: string): Promise<boolean> {
  return ((await firstRow(tx, snapshotQueries.delete, { id }))?.deleted ?? 0) > 0;
}
