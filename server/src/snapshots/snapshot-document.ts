// How a snapshot is made: its summary, and the graph document (the JSON export's very text,
// export/json-export.ts) compressed with gzip. The graph is read once, through streamGraph's consistent
// view, so the summary's hash and counts describe exactly the document stored beside them.
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { DatasetManifest } from '../domain/dataset';
import type { GraphNode, Relationship } from '../domain/graph';
import { exportMetadata } from '../domain/graph-document';
import { contentPages, type GraphPage } from '../domain/graph-pages';
import type { SnapshotSummary, StoredSnapshot } from '../domain/snapshot';
import { writeJson } from '../export/json-export';
import { contentHash } from '../graph/content-hash';
import type { GraphContent } from '../graph/dataset-to-graph';
import type { GraphStore } from '../store/graph-store';

const gzipBytes = promisify(gzip);
const gunzipBytes = promisify(gunzip);

export interface SnapshotRequest {
  /** Already checked with snapshotName. */
  name: string;
  appVersion: string;
  manifest: DatasetManifest | undefined;
}

/** The whole graph from a store's pages, in the order streamGraph gives (nodes, then relationships, by id). */
export async function collectGraph(pages: AsyncIterable<GraphPage>): Promise<GraphContent> {
  const nodes: GraphNode[] = [];
  const relationships: Relationship[] = [];
  for await (const page of pages) {
    if (page.kind === 'nodes') nodes.push(...page.nodes);
    else relationships.push(...page.relationships);
  }
  return { nodes, relationships };
}

/** `20260105-143012-3fa2c1`: sorts by time, reads as a date, and the random part keeps two saves in one second apart. */
export function snapshotId(createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Reads `store`'s graph and makes the snapshot of it: summary and compressed document. */
export async function takeSnapshot(store: Pick<GraphStore, 'streamGraph' | 'backend'>, request: SnapshotRequest): Promise<StoredSnapshot> {
  const content = await collectGraph(store.streamGraph());
  const createdAt = new Date();
  const counts = { nodes: content.nodes.length, relationships: content.relationships.length };
  const hash = counts.nodes === 0 ? undefined : contentHash(content.nodes, content.relationships);
  const metadata = exportMetadata({
    exportedAt: createdAt.toISOString(),
    appVersion: request.appVersion,
    contentHash: hash,
    filter: {},
    backend: store.backend,
    counts,
    manifest: request.manifest,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of writeJson(contentPages(content), metadata)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  const summary: SnapshotSummary = {
    id: snapshotId(createdAt),
    name: request.name,
    createdAt: metadata.exportedAt,
    ...(hash === undefined ? {} : { contentHash: hash }),
    counts,
  };
  return { summary, document: await gzipBytes(Buffer.concat(chunks)) };
}

/** The graph document's text of a stored snapshot. */
export async function snapshotText(document: Uint8Array): Promise<string> {
  return (await gunzipBytes(document)).toString('utf8');
}
