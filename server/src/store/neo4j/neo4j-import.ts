// Writes graph content to Neo4j in UNWIND batches, inside the caller's one transaction: when anything
// fails, the transaction rolls back and the previous data stays exactly as it was.
import type { ManagedTransaction } from 'neo4j-driver';
import type { DatasetManifest } from '../../domain/dataset';
import type { GraphNode, Relationship } from '../../domain/graph';
import { OWNED_RELATIONSHIPS } from '../../domain/owned-relationships';
import type { NodeLabel, RelationshipType } from '../../domain/vocabulary';
import type { GraphContent } from '../../graph/dataset-to-graph';
import type { ImportProgress } from '../graph-store';
import { cypher } from './cypher-library';
import { nodeWriteRow, relationshipWriteRow } from './neo4j-records';

/** Rows per UNWIND statement; the benchmark sends the same batches to measure the floor under an import. */
export const IMPORT_BATCH_SIZE = 10_000;

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

export interface WriteOptions {
  replace: boolean;
  importedAt: string;
  manifest: DatasetManifest | undefined;
  onProgress?: (progress: ImportProgress) => void;
}

export async function writeGraphContent(tx: ManagedTransaction, content: GraphContent, options: WriteOptions): Promise<void> {
  const total = content.nodes.length + content.relationships.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.onProgress?.({ phase: 'write', done, total });
  };
  const inBatches = async <T>(rows: readonly T[], run: (batch: T[]) => Promise<void>) => {
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
      await run(batch);
      advance(batch.length);
    }
  };

  // Into a database without Knooppunt data nothing can match, so CREATE replaces MERGE (about twice as fast).
  const fresh = (await tx.run('MATCH (n:KnooppuntNode) RETURN count(n) AS nodes')).records[0]?.get('nodes') === 0;
  if (options.replace && !fresh) {
    // Replace = drop what the dataset lacks, then upsert the rest. (Deleting everything and creating it
    // again in one transaction made Neo4j check every new id against the deleted ones: minutes, not seconds.)
    await tx.run(cypher('import/prune-nodes'), { ids: content.nodes.map((node) => node.id) });
    await tx.run(cypher('import/prune-relationships'), { ids: content.relationships.map((relationship) => relationship.id) });
  }
  const nodesByLabel = groupBy<GraphNode>(content.nodes, (node) => node.label);
  for (const [label, nodes] of nodesByLabel) {
    const file = NODE_FILES[label as NodeLabel];
    // (With --replace, pruning has already removed every relationship the dataset does not name.)
    if (!fresh && !options.replace && OWNED_RELATIONSHIPS[label as NodeLabel].length > 0) {
      // The row is the truth about the relationships it defines: drop the old ones before adding its own.
      await inBatches(nodes, async (batch) => {
        await tx.run(cypher(`import/owned/${file}`), { ids: batch.map((node) => node.id) });
      });
      done -= nodes.length;
    }
    await inBatches(nodes, async (batch) => {
      await tx.run(cypher(fresh ? `import/create/node-${file}` : `import/nodes/${file}`), { rows: batch.map(nodeWriteRow) });
    });
  }
  for (const [file, relationships] of groupBy<Relationship>(content.relationships, relationshipFile)) {
    await inBatches(relationships, async (batch) => {
      const statement = cypher(fresh ? `import/create/relationship-${file}` : `import/relationships/${file}`);
      const result = await tx.run(statement, { rows: batch.map(relationshipWriteRow) });
      const written = Number(result.records[0]?.get('written') ?? 0);
      if (written !== batch.length) {
        throw new Error(`${batch[0]!.type}: ${batch.length - written} relationship(s) refer to a node that does not exist; nothing was imported`);
      }
    });
  }
  await tx.run(cypher('import/set-dataset'), {
    importedAt: options.importedAt,
    replace: options.replace,
    manifest: options.manifest === undefined ? null : JSON.stringify(options.manifest),
  });
}
