// Knooppunt's own JSON graph document: graphology's serialization format (what `graph.export()` gives and
// `graph.import()` reads), with flat attributes so other tools read it without knowing our types, and the
// export's metadata in the graph attributes. The JSON export writes it, a snapshot stores it, and the
// import accepts it, so a snapshot can be loaded again.
import { GRAPH_DOCUMENT_FORMAT, GRAPH_SCHEMA_VERSION, type ExportMetadata, type GraphDocument } from './graph-document.schema';
import type { GraphNode, Relationship } from './graph';

// The document's shapes are defined once, as zod schemas, in graph-document.schema.ts.
export { GRAPH_DOCUMENT_FORMAT, GRAPH_SCHEMA_VERSION } from './graph-document.schema';
export type { DocumentEdgeAttributes, DocumentNodeAttributes, ExportFilter, ExportMetadata, GraphDocument } from './graph-document.schema';

/** The metadata of an export made now: format and schema version filled in, absent optional fields left out. */
export function exportMetadata(fields: Omit<ExportMetadata, 'format' | 'schemaVersion'>): ExportMetadata {
  return {
    format: GRAPH_DOCUMENT_FORMAT,
    exportedAt: fields.exportedAt,
    appVersion: fields.appVersion,
    schemaVersion: GRAPH_SCHEMA_VERSION,
    ...(fields.contentHash === undefined ? {} : { contentHash: fields.contentHash }),
    filter: fields.filter,
    backend: fields.backend,
    counts: fields.counts,
    ...(fields.manifest === undefined ? {} : { manifest: fields.manifest }),
  };
}

export const GRAPH_DOCUMENT_OPTIONS: GraphDocument['options'] = { type: 'directed', multi: true, allowSelfLoops: false };

/** Our property types are flat scalars (docs/graph-model.md); TypeScript cannot see that an interface has no other members. */
function scalars(properties: object): Record<string, string | number | boolean> {
  return properties as Record<string, string | number | boolean>;
}

export function documentNode(node: GraphNode): GraphDocument['nodes'][number] {
  return { key: node.id, attributes: { ...scalars(node.properties), label: node.label } };
}

export function documentEdge(relationship: Relationship): GraphDocument['edges'][number] {
  return {
    key: relationship.id,
    source: relationship.from,
    target: relationship.to,
    attributes: { ...scalars(relationship.properties), type: relationship.type },
  };
}
