// The rows of the snapshot queries (cypher/snapshots/), declared once.
import { z } from 'zod';
import { defineQuery, defineStatement } from './cypher-query';
import { integer } from './neo4j-values';

export const snapshotQueries = {
  delete: defineQuery('snapshots/delete', { deleted: integer }),
  /** The counts were sent as JavaScript numbers, so Neo4j keeps them as floats; whole ones all the same. */
  list: defineQuery('snapshots/list', {
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    contentHash: z.string().nullable(),
    nodes: integer,
    relationships: integer,
  }),
  /** The document's chunks in order; the driver gives byte arrays as Int8Array. */
  read: defineQuery('snapshots/read', { data: z.instanceof(Int8Array) }),
  save: defineStatement('snapshots/save'),
  saveChunks: defineStatement('snapshots/save-chunks'),
};
