// Knooppunt's own JSON graph document: graphology's serialization format (what `graph.export()` gives and
// `graph.import()` reads), with flat attributes so other tools read it without knowing our types, and the
// export's metadata in the graph attributes. The JSON export writes it, a snapshot stores it, and the
// import accepts it, so a snapshot can be loaded again.
import type { DatasetManifest } from './dataset';
import type { GraphNode, Relationship } from './graph';
import type { NodeLabel, RelationshipType } from './vocabulary';

/** The version of the graph model of docs/graph-model.md that exports follow; raise it when a label, type or property changes meaning. */
export const GRAPH_SCHEMA_VERSION = 1;

/** Marks a JSON document as a Knooppunt graph, so the import tells it apart from a dataset document. */
export const GRAPH_DOCUMENT_FORMAT = 'knooppunt-graph';

/** What was exported: the whole graph, or one zone's graph as the explorer shows it. */
export interface ExportFilter {
  zone?: string;
}

/** Every export carries this, in whatever way its format allows (graph attributes, XML meta, a metadata file, comments). */
export interface ExportMetadata {
  format: typeof GRAPH_DOCUMENT_FORMAT;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  /** The store's dataset content hash (`sha256:…`), the same on both stores for the same data; absent for an empty store. */
  contentHash?: string;
  filter: ExportFilter;
  backend: 'embedded' | 'neo4j';
  counts: { nodes: number; relationships: number };
  /** The manifest of the dataset the graph came from, so a snapshot keeps its title and its "illustrative" notice. */
  manifest?: DatasetManifest;
}

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

/** Node attributes: the label plus the node's properties, flat. */
export type DocumentNodeAttributes = { label: NodeLabel } & Record<string, string | number | boolean>;
/** Edge attributes: the relationship type plus its properties, flat. */
export type DocumentEdgeAttributes = { type: RelationshipType } & Record<string, string | number | boolean>;

export interface GraphDocument {
  attributes: { knooppunt: ExportMetadata } & Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: DocumentNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: DocumentEdgeAttributes }[];
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
