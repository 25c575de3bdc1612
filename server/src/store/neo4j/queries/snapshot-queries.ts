// The rows of the snapshot queries (cypher/snapshots/), declared once.
import { z } from 'zod';
import { defineQuery } from './cypher-query';
import { integer } from './neo4j-values';

export const snapshotQueries = {
  delete: defineQuery('snapshots/delete', z.strictObject({ deleted: integer })),
  /** The counts were sent as JavaScript numbers, so Neo4j keeps them as floats; whole ones all the same. */
  list: defineQuery(
    'snapshots/list',
    z.strictObject({
      id: z.string(),
      name: z.string(),
      createdAt: z.string(),
      contentHash: z.string().nullable(),
      nodes: integer,
      relationships: integer,
    }),
  ),
  /** The document's chunks in order; the driver gives byte arrays as Int8Array. */
  read: defineQuery('snapshots/read', z.strictObject({ data: z.instanceof(Int8Array) })),
  save: defineQuery('snapshots/save', z.never()),
  saveChunks: defineQuery('snapshots/save-chunks', z.never()),
};
