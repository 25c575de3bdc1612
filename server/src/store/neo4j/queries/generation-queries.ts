// The rows of the generation queries (cypher/generations/, README.md there), declared once.
import { z } from 'zod';
import { defineQuery, defineStatement as statement } from './cypher-query';
import { integer } from './neo4j-values';

const generationRow = { generation: z.string() };
/**
 * ISO text. Before this declaration existed, adopting data that had no marker stored the time in milliseconds
 * (adopt-marker.cypher took $now); such a marker is read as the time it stands for.
 */
const importedAt = z.union([z.string(), integer.transform((ms) => new Date(ms).toISOString())]);

export const generationQueries = {
  /** Stale staging and retired generations, now abandoned, for removal. */
  abandonStale: defineQuery('generations/abandon-stale', generationRow),
  adoptMarker: statement('generations/adopt-marker'),
  adoptNodes: statement('generations/adopt-nodes'),
  begin: statement('generations/begin'),
  discard: statement('generations/discard'),
  forget: statement('generations/forget'),
  /** The replaced generation (null for the first) and the marker's new revision; no row when the generation was taken from us. */
  publish: defineQuery('generations/publish', { previous: z.string().nullable(), revision: integer }),
  /** The dataset marker, every field null until the first import (manifest and counts are JSON text). */
  published: defineQuery('generations/published', {
    generation: z.string().nullable(),
    revision: integer.nullable(),
    importedAt: importedAt.nullable(),
    manifest: z.string().nullable(),
    counts: z.string().nullable(),
  }),
  publishedGeneration: defineQuery('generations/published-generation', { generation: z.string().nullable() }),
  removeContent: statement('generations/remove-content'),
  removeRelationships: statement('generations/remove-relationships'),
  /** The heartbeat: a row while the generation is still ours to write. */
  touch: defineQuery('generations/touch', generationRow),
  ungeneratedExists: defineQuery('generations/ungenerated-exists', { ungenerated: z.boolean() }),
};
