// Writes graph content to Neo4j as a new, unpublished generation (cypher/generations/README.md), one
// transaction per batch, so Neo4j's memory per transaction stays the same however large the dataset is.
// Readers keep seeing the published generation until the caller publishes this one.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphCounts } from '../../domain/api';
import type { GraphNode, Relationship } from '../../domain/graph';
import type { NodeLabel, RelationshipType } from '../../domain/vocabulary';
import type { GraphContent } from '../../graph/dataset-to-graph';
import { zeroCounts } from '../../graph/queries/counts';
import type { ImportProgress } from '../graph-store';
import { touchGeneration } from './neo4j-generations';
import { firstRow, type CypherQuery } from './queries/cypher-query';
import { importQuery } from './queries/import-queries';
import { nodeWriteRow, relationshipWriteRow } from './neo4j-records';

/**
 * Rows per batch (and transaction); the benchmark sends the same batches to measure the floor under an import.
 * Measured at Flanders scale with a 512 MiB heap: batches of 1,000 to 5,000 rows cost Neo4j 12 CPU-seconds in
 * all, of 10,000 rows 19–22 (a larger transaction's state outlives more young collections); below 5,000
 * the round trips add wall time.
 */
export const IMPORT_BATCH_SIZE = 5_000;

const NODE_FILES: Record<NodeLabel, string> = {
  Municipality: 'municipality',
  Zone: 'zone',
  Network: 'network',
  Organisation: 'organisation',
  Offer: 'offer',
};

const RELATIONSHIP_FILES: Record<Exclude<RelationshipType, 'MEMBER_OF'>, string> = {
  IN_ZONE: 'in-zone',
  ADJACENT_TO: 'adjacent-to',
  COUNCIL_OF: 'council-of',
  COVERS: 'covers',
  DIRECTS: 'directs',
  OPERATES: 'operates',
  PROVIDES: 'provides',
  LOCATED_IN: 'located-in',
  SERVES: 'serves',
  FUNDS: 'funds',
};

/** MEMBER_OF starts at an organisation or a municipality; each has its own statement so both use an index. */
function relationshipFile(relationship: Relationship): string {
  if (relationship.type !== 'MEMBER_OF') return RELATIONSHIP_FILES[relationship.type];
  return relationship.from.startsWith('nis:') ? 'member-of-municipality' : 'member-of-organisation';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** One statement with its rows: what a batch's transaction runs. */
export interface ImportBatch {
  query: CypherQuery<{ written: number }>;
  rows: Record<string, unknown>[];
  /** For the error message when a relationship misses an end. */
  type?: RelationshipType;
}

/** Every batch of the content, nodes first (by label), then relationships (by statement). */
export function importBatches(content: GraphContent, batchSize = IMPORT_BATCH_SIZE): ImportBatch[] {
  const batches: ImportBatch[] = [];
  const cut = <T>(items: readonly T[], make: (slice: T[]) => ImportBatch) => {
    for (let start = 0; start < items.length; start += batchSize) batches.push(make(items.slice(start, start + batchSize)));
  };
  for (const [label, nodes] of groupBy<GraphNode>(content.nodes, (node) => node.label)) {
    cut(nodes, (slice) => ({ query: importQuery(`node-${NODE_FILES[label as NodeLabel]}`), rows: slice.map(nodeWriteRow) }));
  }
  for (const [file, relationships] of groupBy<Relationship>(content.relationships, relationshipFile)) {
    cut(relationships, (slice) => ({ query: importQuery(`relationship-${file}`), rows: slice.map(relationshipWriteRow), type: slice[0]!.type }));
  }
  return batches;
}

export function contentCounts(content: GraphContent): GraphCounts {
  const counts = zeroCounts();
  for (const node of content.nodes) counts.nodesByLabel[node.label] += 1;
  for (const relationship of content.relationships) counts.relationshipsByType[relationship.type] += 1;
  counts.nodes = content.nodes.length;
  counts.relationships = content.relationships.length;
  return counts;
}

export interface StagingOptions {
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each batch's transaction has committed (tests stop a process exactly there). */
  afterBatch?: (batch: { index: number; count: number }) => Promise<void>;
}

/** Runs one batch's work in its own write transaction. */
export type BatchWriter = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/**
 * Writes `content` as `generation`, batch by batch. Each batch's transaction also beats the generation's
 * heartbeat (and fails if another process has meanwhile taken the generation for abandoned). Throws when a
 * relationship names a node the content lacks; the caller then discards the generation.
 */
export async function stageGraphContent(write: BatchWriter, content: GraphContent, generation: string, options: StagingOptions = {}): Promise<void> {
  const batches = importBatches(content, options.batchSize);
  const total = content.nodes.length + content.relationships.length;
  let done = 0;
  for (const [index, batch] of batches.entries()) {
    await write(async (tx) => {
      // Sent together (pipelined): the heartbeat costs no extra round trip.
      const [, row] = await Promise.all([touchGeneration(tx, generation), firstRow(tx, batch.query, { rows: batch.rows, generation })]);
      const written = row?.written ?? 0;
      if (written !== batch.rows.length) {
        throw new Error(`${batch.type ?? 'node'}: ${batch.rows.length - written} relationship(s) refer to a node that does not exist; nothing was imported`);
      }
    });
    done += batch.rows.length;
    options.onProgress?.({ phase: 'write', done, total });
    await options.afterBatch?.({ index, count: batches.length });
  }
}
