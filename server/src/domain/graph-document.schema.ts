// Knooppunt's JSON graph document (graph-document.ts says what it is for) as zod schemas: the JSON export
// and a snapshot's download are described in the OpenAPI document by these, and its types are inferred.
import { z } from 'zod';
import { BACKENDS } from './api.schema';
import { datasetManifestSchema } from './dataset.schema';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './vocabulary';

const count = z.int().nonnegative();

/** The document's `format`: marks a JSON document as a Knooppunt graph, so the import tells it apart from a dataset document. */
export const GRAPH_DOCUMENT_FORMAT = 'knooppunt-graph';

/** The version of the graph model of docs/graph-model.md that exports follow; raise it when a label, type or property changes meaning. */
export const GRAPH_SCHEMA_VERSION = 1;

/** What was exported: the whole graph, or one zone's graph as the explorer shows it. */
export const exportFilterSchema = z.strictObject({ zone: z.string().optional() });
export type ExportFilter = z.infer<typeof exportFilterSchema>;

/** Every export carries this, in whatever way its format allows (graph attributes, XML meta, a metadata file, comments). */
export const exportMetadataSchema = z
  .strictObject({
    format: z.literal(GRAPH_DOCUMENT_FORMAT),
    exportedAt: z.string().describe('when the export was made (ISO 8601)'),
    appVersion: z.string(),
    schemaVersion: z.int(),
    contentHash: z.string().optional().describe("the store's dataset content hash (sha256:…); absent for an empty store"),
    filter: exportFilterSchema,
    backend: z.enum(BACKENDS),
    counts: z.strictObject({ nodes: count, relationships: count }),
    manifest: datasetManifestSchema.optional().describe('the manifest of the dataset the graph came from'),
  })
  .meta({ id: 'ExportMetadata' });
export type ExportMetadata = z.infer<typeof exportMetadataSchema>;

/** A property value: our properties are flat scalars (docs/graph-model.md), so other tools read them as they are. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Node attributes: the label plus the node's properties, flat. */
export const documentNodeAttributesSchema = z.object({ label: z.enum(NODE_LABELS) }).catchall(scalar);
export type DocumentNodeAttributes = z.infer<typeof documentNodeAttributesSchema>;
/** Edge attributes: the relationship type plus its properties, flat. */
export const documentEdgeAttributesSchema = z.object({ type: z.enum(RELATIONSHIP_TYPES) }).catchall(scalar);
export type DocumentEdgeAttributes = z.infer<typeof documentEdgeAttributesSchema>;

/** graphology's serialisation format (what `graph.export()` gives and `graph.import()` reads), with our metadata. */
export const graphDocumentSchema = z
  .strictObject({
    attributes: z.looseObject({ knooppunt: exportMetadataSchema }),
    options: z.strictObject({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
    nodes: z.array(z.strictObject({ key: z.string(), attributes: documentNodeAttributesSchema })),
    edges: z.array(z.strictObject({ key: z.string(), source: z.string(), target: z.string(), attributes: documentEdgeAttributesSchema })),
  })
  .meta({ id: 'GraphDocument' });
export type GraphDocument = z.infer<typeof graphDocumentSchema>;
