// What the import reads as a Knooppunt graph document (docs/import-format.md, "errors of a graph document"):
// the shape of the export (graph-document.schema.ts), read leniently where other tools may write it
// differently (a value as text or null, no relationship key, no options), and strictly in the names of
// labels, types and attributes. Each schema carries the wording of its errors, so the import only says
// where they are (file, line and field path).
import { z } from 'zod';
import { datasetManifestSchema } from './dataset.schema';
import { GRAPH_DOCUMENT_FORMAT, GRAPH_SCHEMA_VERSION } from './graph-document.schema';
import { strictFields } from './strict-fields';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './vocabulary';

/** A property as the import reads it: cell text as in the CSV format (`"12"` and `12` read alike), null for empty. */
const value = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'expected a string, number, boolean or null' }).optional();

const NO_SCHEMA_VERSION = 'expected the graph schema version, a whole number from 1';

/** The graph attributes' `knooppunt` as the import reads it: only what says what the document is; the rest is the export's record. */
export const importedMetadataSchema = z.looseObject({
  format: z.literal(GRAPH_DOCUMENT_FORMAT),
  schemaVersion: z
    .int({ error: NO_SCHEMA_VERSION })
    .min(1, { error: NO_SCHEMA_VERSION })
    .max(GRAPH_SCHEMA_VERSION, {
      error: (issue) => `written for graph schema version ${String(issue.input)}; this Knooppunt reads version ${GRAPH_SCHEMA_VERSION}`,
    }),
  manifest: datasetManifestSchema.optional(),
});

/** A document is a graph document when its graph attributes say so; a dataset document has tables there instead. */
export const graphDocumentMarkerSchema = z.looseObject({ attributes: z.looseObject({ knooppunt: z.looseObject({ format: z.literal(GRAPH_DOCUMENT_FORMAT) }) }) });

/** One label's attributes: the label, then its properties (the order the unknown-attribute error lists them in). */
function nodeAttributes<L extends NodeLabel, S extends Record<string, typeof value>>(label: L, properties: S) {
  const shape = { label: z.literal(label), ...properties };
  return strictFields(shape, { unknown: `unknown attribute (expected: ${Object.keys(shape).join(', ')})` });
}

/** Each label's properties (docs/graph-model.md); graph-document-tables.ts says which column each fills. */
const NODE_ATTRIBUTES = [
  nodeAttributes('Municipality', { nis: value, name: value, province: value, region: value, population: value, children0to3: value, children3to12: value }),
  nodeAttributes('Zone', { name: value }),
  nodeAttributes('Network', { type: value, name: value, governanceModel: value, governanceModelDate: value }),
  nodeAttributes('Organisation', { name: value, legalForm: value, sector: value }),
  nodeAttributes('Offer', { function: value, capacity: value, name: value }),
] as const;

/** `"Region"` → `unknown label "Region" (expected one of: …)`; the same for relationship types. */
function unknownDiscriminator(noun: string, known: readonly string[], found: unknown): string {
  const what = found === undefined ? 'required value is missing' : `unknown ${noun} ${JSON.stringify(found)}`;
  return `${what} (expected one of: ${known.join(', ')})`;
}

const isObject = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

export const importedNodeAttributesSchema = z.discriminatedUnion('label', NODE_ATTRIBUTES, {
  error: ({ input }) =>
    isObject(input) ? unknownDiscriminator('label', NODE_LABELS, input.label) : 'expected an object with the label and the properties',
});

export const importedNodeSchema = strictFields(
  {
    key: z.string({ error: 'expected the node key, a non-empty string' }).min(1, { error: 'expected the node key, a non-empty string' }),
    attributes: importedNodeAttributesSchema,
  },
  { notObject: 'expected an object with key and attributes' },
).meta({ id: 'ImportedNode' });
export type ImportedNode = z.infer<typeof importedNodeSchema>;

/** One type's attributes: the type, then its properties; the unknown-attribute error lists only the properties. */
function edgeAttributes<T extends RelationshipType, S extends Record<string, typeof value> = Record<never, never>>(type: T, properties: S = {} as S) {
  const names = Object.keys(properties);
  const expected = names.length === 0 ? `a ${type} relationship has none` : `expected: ${names.join(', ')}`;
  return strictFields({ type: z.literal(type), ...properties }, { unknown: `unknown attribute (${expected})` });
}

const EDGE_ATTRIBUTES = [
  edgeAttributes('IN_ZONE'),
  edgeAttributes('ADJACENT_TO'),
  edgeAttributes('COUNCIL_OF'),
  edgeAttributes('COVERS'),
  edgeAttributes('DIRECTS'),
  edgeAttributes('MEMBER_OF', { role: value, sector: value }),
  edgeAttributes('OPERATES'),
  edgeAttributes('PROVIDES'),
  edgeAttributes('LOCATED_IN'),
  edgeAttributes('SERVES'),
  edgeAttributes('FUNDS', { year: value, amount: value, kind: value }),
] as const;

export const importedEdgeAttributesSchema = z.discriminatedUnion('type', EDGE_ATTRIBUTES, {
  error: ({ input }) =>
    isObject(input) ? unknownDiscriminator('relationship type', RELATIONSHIP_TYPES, input.type) : 'expected an object with the type and the properties',
});

const nodeKey = z.string({ error: 'expected a node key, a string' });

export const importedEdgeSchema = strictFields(
  {
    key: z.string({ error: "expected the relationship's key, a string" }).optional(),
    source: nodeKey,
    target: nodeKey,
    attributes: importedEdgeAttributesSchema,
  },
  { notObject: 'expected an object with source, target and attributes' },
).meta({ id: 'ImportedEdge' });
export type ImportedEdge = z.infer<typeof importedEdgeSchema>;

/** The document around the elements; the import reads `nodes` and `edges` element by element, each with its line. */
export const importedDocumentHeaderSchema = strictFields({
  attributes: z.looseObject({ knooppunt: importedMetadataSchema }),
  options: z.unknown().optional().describe("graphology's graph options; the import builds its own graph"),
  nodes: z.array(z.unknown(), { error: 'expected an array of nodes' }).optional(),
  edges: z.array(z.unknown(), { error: 'expected an array of edges' }).optional(),
});

/** The whole document as the import reads it: POST /api/import's JSON body when it is a graph. */
export const importedGraphDocumentSchema = importedDocumentHeaderSchema
  .extend({ nodes: z.array(importedNodeSchema).optional(), edges: z.array(importedEdgeSchema).optional() })
  .meta({ id: 'ImportedGraphDocument' });
export type ImportedGraphDocument = z.infer<typeof importedGraphDocumentSchema>;
