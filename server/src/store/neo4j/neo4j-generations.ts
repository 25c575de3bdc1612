// The life of a generation of the graph in Neo4j (cypher/generations/README.md): registered, written in
// batches, published by flipping the dataset marker, removed in batches once retired or abandoned.
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { GraphCounts } from '../../domain/api';
import type { DatasetManifest } from '../../domain/dataset';
import { zeroCounts } from '../../graph/queries/counts';
import { cypher } from '../../neo4j-model/cypher-library';

/** What the dataset marker says about the published generation; generation is null before any import. */
export interface Published {
  generation: string | null;
  revision: number;
  importedAt: string | null;
  manifest: DatasetManifest | undefined;
  counts: GraphCounts | undefined;
}

/** The import's generation was taken from it (another process found its heartbeat stale): nothing was published. */
export class GenerationAbandonedError extends Error {
  constructor(generation: string) {
    super(`the import's staged data (generation ${generation}) was removed by another Knooppunt process that took it for abandoned; nothing was published, import again`);
    this.name = 'GenerationAbandonedError';
  }
}

/** Sorts by time of creation, unique by its random part. */
export function newGeneration(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(6).toString('hex')}`;
}

export async function readPublished(tx: ManagedTransaction): Promise<Published> {
  const record = (await tx.run(cypher('generations/published'))).records[0];
  const manifest = record?.get('manifest') as string | null | undefined;
  const counts = record?.get('counts') as string | null | undefined;
  return {
    generation: (record?.get('generation') as string | null | undefined) ?? null,
    revision: (record?.get('revision') as number | null | undefined) ?? 0,
    importedAt: (record?.get('importedAt') as string | null | undefined) ?? null,
    manifest: manifest ? (JSON.parse(manifest) as DatasetManifest) : undefined,
    counts: counts ? (JSON.parse(counts) as GraphCounts) : undefined,
  };
}

/** Just the published generation: what every read looks up first (and again at its end). */
export async function publishedGeneration(tx: Pick<ManagedTransaction, 'run'>): Promise<string | null> {
  const record = (await tx.run(cypher('generations/published-generation'))).records[0];
  return (record?.get('generation') as string | null | undefined) ?? null;
}

export async function beginGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  await tx.run(cypher('generations/begin'), { generation, now: Date.now() });
}

/** The heartbeat, in a batch's own transaction; throws when the generation is no longer ours to write. */
export async function touchGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  const result = await tx.run(cypher('generations/touch'), { generation, now: Date.now() });
  if (result.records.length === 0) throw new GenerationAbandonedError(generation);
}

export interface Publication {
  generation: string;
  importedAt: string;
  manifest: DatasetManifest | undefined;
  counts: GraphCounts;
}

/** Flips the marker to the staged generation; returns the generation it replaced (now retired) and the new revision. */
export async function publishGeneration(tx: ManagedTransaction, publication: Publication): Promise<{ previous: string | null; revision: number }> {
  const record = (
    await tx.run(cypher('generations/publish'), {
      generation: publication.generation,
      now: Date.now(),
      importedAt: publication.importedAt,
      manifest: publication.manifest === undefined ? null : JSON.stringify(publication.manifest),
      counts: JSON.stringify(publication.counts),
    })
  ).records[0];
  if (!record) throw new GenerationAbandonedError(publication.generation);
  return { previous: record.get('previous') as string | null, revision: record.get('revision') as number };
}

/** A failed import hands its own staging generation over for removal. */
export async function discardGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  await tx.run(cypher('generations/discard'), { generation });
}

/**
 * Removes every retired or abandoned generation (staging ones count as abandoned once their heartbeat is
 * older than `staleAfterMs`), each in batches. Needs a session for auto-commit transactions.
 */
export async function removeUnwantedGenerations(session: Session, staleAfterMs: number): Promise<string[]> {
  const result = await session.run(cypher('generations/abandon-stale'), { staleBefore: Date.now() - staleAfterMs });
  const generations = result.records.map((record) => record.get('generation') as string);
  for (const generation of generations) await removeGeneration(session, generation);
  return generations;
}

export async function removeGeneration(session: Session, generation: string): Promise<void> {
  await session.run(cypher('generations/remove-relationships'), { generation });
  await session.run(cypher('generations/remove-content'), { generation });
  await session.run(cypher('generations/forget'), { generation });
}

/**
 * Gives data written without generations (an older Knooppunt, the Cypher export's script) a generation
 * and publishes it, unless the marker already names one. Named after the marker's date, so a start that
 * crashed half-way picks up the same generation.
 */
export async function adoptUngeneratedData(session: Session): Promise<void> {
  const marker = (await session.run(cypher('generations/published'))).records[0]!;
  if (marker.get('generation') !== null) return; // the usual case, decided without scanning the nodes
  const ungenerated = (await session.run(cypher('generations/ungenerated-exists'))).records[0]!;
  if (ungenerated.get('ungenerated') !== true) return;
  const generation = `adopted-${String(marker.get('importedAt') ?? 'unknown').replace(/[-:.]/g, '')}`;
  await session.run(cypher('generations/adopt-nodes'), { generation });
  const counted = (await session.run(cypher('queries/counts'), { generation })).records[0]!;
  await session.run(cypher('generations/adopt-marker'), { generation, now: Date.now(), counts: JSON.stringify(countsOf(counted.toObject() as Parameters<typeof countsOf>[0])) });
}

/** Counts as the counts query gives them, completed with zeroes and totals. */
export function countsOf(row: { nodesByLabel: Partial<GraphCounts['nodesByLabel']>; relationshipsByType: Partial<GraphCounts['relationshipsByType']> }): GraphCounts {
  const counts = zeroCounts();
  counts.nodesByLabel = { ...counts.nodesByLabel, ...row.nodesByLabel };
  counts.relationshipsByType = { ...counts.relationshipsByType, ...row.relationshipsByType };
  counts.nodes = Object.values(counts.nodesByLabel).reduce((sum, count) => sum + count, 0);
  counts.relationships = Object.values(counts.relationshipsByType).reduce((sum, count) => sum + count, 0);
  return counts;
}
