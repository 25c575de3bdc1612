// The small answers of the HTTP API (docs/api.md) as zod schemas: health, zones, nodes, search,
// centroids, import, problems. The types in api.ts are inferred from these; the OpenAPI document is
// generated from them.
import { z } from 'zod';
import { datasetManifestSchema } from './dataset.schema';
import { graphNodeSchema, relationshipSchema } from './graph.schema';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './vocabulary';

const count = z.int().nonnegative();

export const BACKENDS = ['embedded', 'neo4j'] as const;

export const graphCountsSchema = z
  .strictObject({
    nodes: count,
    relationships: count,
    nodesByLabel: z.record(z.enum(NODE_LABELS), count),
    relationshipsByType: z.record(z.enum(RELATIONSHIP_TYPES), count),
  })
  .meta({ id: 'Counts' });
export type GraphCounts = z.infer<typeof graphCountsSchema>;

export const datasetInfoSchema = z.strictObject({
  importedAt: z.string().optional().describe('when the current data was imported (ISO 8601); absent for an empty store'),
  contentHash: z.string().optional().describe('SHA-256 of the canonical dataset content, so two stores can be compared'),
  manifest: datasetManifestSchema.optional(),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const healthResponseSchema = z
  .strictObject({ status: z.literal('ok'), backend: z.enum(BACKENDS), version: z.string(), counts: graphCountsSchema, dataset: datasetInfoSchema })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const zoneSummarySchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    municipalityCount: count,
    hasZorgraad: z.boolean().describe('a ZORGRAAD network is COUNCIL_OF this zone'),
  })
  .meta({ id: 'ZoneSummary' });
export type ZoneSummary = z.infer<typeof zoneSummarySchema>;

const nodeSummaryShape = { id: z.string(), label: z.enum(NODE_LABELS), name: z.string() };
export const nodeSummarySchema = z.strictObject(nodeSummaryShape).meta({ id: 'NodeSummary' });
export type NodeSummary = z.infer<typeof nodeSummarySchema>;

/** A node summary with more fields, all of them listed (the answers stay strict). */
export function nodeSummaryWith<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ ...nodeSummaryShape, ...shape });
}

export const nodeRelationshipSchema = z.strictObject({ relationship: relationshipSchema, direction: z.enum(['out', 'in']), other: nodeSummarySchema });
export type NodeRelationship = z.infer<typeof nodeRelationshipSchema>;

export const nodeDetailSchema = z
  .strictObject({
    node: graphNodeSchema,
    zones: z.array(nodeSummarySchema).describe('the zones a municipality lies in, or a network/organisation/offer reaches through its municipalities'),
    relationships: z.array(nodeRelationshipSchema),
  })
  .meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof nodeDetailSchema>;

export const searchHitSchema = nodeSummaryWith({
  matched: z.enum(['name', 'nis']).describe('what matched: the name, or the NIS code'),
  zones: z.array(z.string()).describe('the zones of a municipality (for disambiguation in a list)'),
}).meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const centroidSchema = z.strictObject({ nis: z.string(), lon: z.number(), lat: z.number() }).meta({ id: 'Centroid' });
export type Centroid = z.infer<typeof centroidSchema>;

export const importResponseSchema = z.strictObject({ replaced: z.boolean(), rows: count, counts: graphCountsSchema }).meta({ id: 'ImportResponse' });
export type ImportResponse = z.infer<typeof importResponseSchema>;

/** RFC 9457 problem details, as every error of the API is sent. */
export const problemSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.string()).optional().describe('import validation errors, formatted file:line: column: message'),
    omittedErrors: count.optional().describe('import validation errors found beyond the listed ones (the list stops at 1,000)'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
