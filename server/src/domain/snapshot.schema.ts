// The snapshot answers (GET /api/snapshots, POST /api/snapshots, GET /api/snapshots/diff) as zod schemas;
// snapshot.ts names the types and holds the rules for names and ids.
import { z } from 'zod';
import { findingSchema } from './findings.schema';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './vocabulary';

const count = z.int().nonnegative();
const sizeSchema = z.strictObject({ nodes: count, relationships: count });

export const snapshotSummarySchema = z
  .strictObject({
    id: z.string().describe('unique and stable: the moment it was taken plus a random part, e.g. 20260105-143012-3fa2c1'),
    name: z.string(),
    createdAt: z.iso.datetime(),
    contentHash: z.string().optional().describe('the content hash of the graph it holds (sha256:…); absent for an empty graph'),
    counts: sizeSchema,
  })
  .meta({ id: 'SnapshotSummary' });
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

const propertyValue = z.union([z.string(), z.number(), z.boolean()]);
/** A property whose value differs; absent `before` or `after` means the property was added or removed. */
export const propertyChangeSchema = z.strictObject({ property: z.string(), before: propertyValue.optional(), after: propertyValue.optional() });
export type PropertyChange = z.infer<typeof propertyChangeSchema>;

const nodeDiffEntryShape = { id: z.string(), label: z.enum(NODE_LABELS), name: z.string() };
export const nodeDiffEntrySchema = z.strictObject(nodeDiffEntryShape);
export type NodeDiffEntry = z.infer<typeof nodeDiffEntrySchema>;
export const nodeChangeSchema = z.strictObject({ ...nodeDiffEntryShape, changes: z.array(propertyChangeSchema) });
export type NodeChange = z.infer<typeof nodeChangeSchema>;

const relationshipDiffEntryShape = {
  id: z.string(),
  type: z.enum(RELATIONSHIP_TYPES),
  from: z.string(),
  to: z.string(),
  fromName: z.string(),
  toName: z.string(),
};
export const relationshipDiffEntrySchema = z.strictObject(relationshipDiffEntryShape);
export type RelationshipDiffEntry = z.infer<typeof relationshipDiffEntrySchema>;
export const relationshipChangeSchema = z.strictObject({ ...relationshipDiffEntryShape, changes: z.array(propertyChangeSchema) });
export type RelationshipChange = z.infer<typeof relationshipChangeSchema>;

export const diffCountsSchema = z.strictObject({
  nodesAdded: count,
  nodesRemoved: count,
  nodesChanged: count,
  relationshipsAdded: count,
  relationshipsRemoved: count,
  relationshipsChanged: count,
  findingsOpened: count,
  findingsClosed: count,
});
export type DiffCounts = z.infer<typeof diffCountsSchema>;

/** What changed from one graph to another; every list sorted by id. */
const graphDiffShape = {
  counts: diffCountsSchema,
  nodes: z.strictObject({ added: z.array(nodeDiffEntrySchema), removed: z.array(nodeDiffEntrySchema), changed: z.array(nodeChangeSchema) }),
  relationships: z.strictObject({
    added: z.array(relationshipDiffEntrySchema),
    removed: z.array(relationshipDiffEntrySchema),
    changed: z.array(relationshipChangeSchema),
  }),
  findings: z
    .strictObject({ opened: z.array(findingSchema), closed: z.array(findingSchema) })
    .describe('findings of the rule catalogue (default thresholds) that appear (opened) or disappear (closed)'),
};
export const graphDiffSchema = z.strictObject(graphDiffShape);
export type GraphDiff = z.infer<typeof graphDiffSchema>;

/** One side of a comparison: a snapshot, or the graph as it is now (`id: 'now'`). */
export const diffSideSchema = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  createdAt: z.string().optional(),
  contentHash: z.string().optional(),
  counts: sizeSchema,
});
export type DiffSide = z.infer<typeof diffSideSchema>;

export const snapshotDiffResponseSchema = z
  .strictObject({
    from: diffSideSchema,
    to: diffSideSchema,
    limit: count,
    truncated: z.boolean().describe('some list was cut at limit'),
    ...graphDiffShape,
  })
  .meta({ id: 'SnapshotDiff', description: 'the counts always in full; each list cut at limit, with truncated set when any was' });
export type SnapshotDiffResponse = z.infer<typeof snapshotDiffResponseSchema>;
