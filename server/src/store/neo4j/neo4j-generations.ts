// The life of a generation of the graph in Neo4j (cypher/generations/README.md): registered, written in
// batches, published by flipping the dataset marker, removed in batches once retired or abandoned.
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { GraphCounts } from '../../domain/api';
import type { DatasetManifest } from '../../domain/dataset';
import { zeroCounts } from '../../graph/queries/counts';
import { firstRow, runQuery, runStatement, type QueryRunner } from './queries/cypher-query';
import { generationQueries } from './queries/generation-queries';
import { graphQueries } from './queries/graph-queries';

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

/** The manifest and the counts are JSON text Knooppunt wrote itself when it published the generation. */
export async function readPublished(tx: ManagedTransaction): Promise<Published> {
  const row = await firstRow(tx, generationQueries.published);
  return {
    generation: row?.generation ?? null,
    revision: row?.revision ?? 0,
    importedAt: row?.importedAt ?? null,
    manifest: row?.manifest ? (JSON.parse(row.manifest) as DatasetManifest) : undefined,
    counts: row?.counts ? (JSON.parse(row.counts) as GraphCounts) : undefined,
  };
}

/** Just the published generation: what every read looks up first (and again at its end). */
export async function publishedGeneration(tx: QueryRunner): Promise<string | null> {
  return (await firstRow(tx, generationQueries.publishedGeneration))?.generation ?? null;
}

export async function beginGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  await runStatement(tx, generationQueries.begin, { generation, now: Date.now() });
}

/** The heartbeat, in a batch's own transaction; throws when the generation is no longer ours to write. */
export async function touchGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  const rows = await runQuery(tx, generationQueries.touch, { generation, now: Date.now() });
  if (rows.length === 0) throw new GenerationAbandonedError(generation);
}

export interface Publication {
  generation: string;
  importedAt: string;
  manifest: DatasetManifest | undefined;
  counts: GraphCounts;
}

/** Flips the marker to the staged generation; returns the generation it replaced (now retired) and the new revision. */
export async function publishGeneration(tx: ManagedTransaction, publication: Publication): Promise<{ previous: string | null; revision: number }> {
  const row = await firstRow(tx, generationQueries.publish, {
    generation: publication.generation,
    now: Date.now(),
    importedAt: publication.importedAt,
    manifest: publication.manifest === undefined ? null : JSON.stringify(publication.manifest),
    counts: JSON.stringify(publication.counts),
  });
  if (!row) throw new GenerationAbandonedError(publication.generation);
  return row;
}

/** A failed import hands its own staging generation over for removal. */
export async function discardGeneration(tx: ManagedTransaction, generation: string): Promise<void> {
  await runStatement(tx, generationQueries.discard, { generation });
}

/**
 * Removes every retired or abandoned generation (staging ones count as abandoned once their heartbeat is
 * older than `staleAfterMs`), each in batches. Needs a session for auto-commit transactions.
 */
export async function removeUnwantedGenerations(session: Session, staleAfterMs: number): Promise<string[]> {
  const rows = await runQuery(session, generationQueries.abandonStale, { staleBefore: Date.now() - staleAfterMs });
  const generations = rows.map((row) => row.generation);
  for (const generation of generations) await removeGeneration(session, generation);
  return generations;
}

export async function removeGeneration(session: Session, generation: string): Promise<void> {
  await runStatement(session, generationQueries.removeRelationships, { generation });
  await runStatement(session, generationQueries.removeContent, { generation });
  await runStatement(session, generationQueries.forget, { generation });
}

/**
 * Gives data written without generations (an older Knooppunt, the Cypher export's script) a generation
 * and publishes it, unless the marker already names one. Named after the marker's date, so a start that
 * crashed half-way picks up the same generation.
 */
export async function adoptUngeneratedData(session: Session): Promise<void> {
  const marker = (await firstRow(session, generationQueries.published))!;
  if (marker.generation !== null) return; // the usual case, decided without scanning the nodes
  const ungenerated = (await firstRow(session, generationQueries.ungeneratedExists))!;
  if (!ungenerated.ungenerated) return;
  const generation = `adopted-${(marker.importedAt ?? 'unknown').replace(/[-:.]/g, '')}`;
  await runStatement(session, generationQueries.adoptNodes, { generation });
  const counted = (await firstRow(session, graphQueries.counts, { generation }))!;
  const now = new Date();
  await runStatement(session, generationQueries.adoptMarker, { generation, now: now.getTime(), importedAt: now.toISOString(), counts: JSON.stringify(countsOf(counted)) });
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
