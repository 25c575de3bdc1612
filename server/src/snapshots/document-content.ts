// A graph document (domain/graph-document.ts) back to the nodes and relationships it was written from:
// the inverse of documentNode and documentEdge, for documents Knooppunt wrote itself (snapshots). A
// document from elsewhere goes through the import, which checks every field.
import type { GraphDocument } from '../domain/graph-document';
import type { GraphNode, Relationship } from '../domain/graph';
import type { GraphContent } from '../graph/dataset-to-graph';

export function documentContent(document: GraphDocument): GraphContent {
  return {
    nodes: document.nodes.map(({ key, attributes: { label, ...properties } }) => ({ id: key, label, properties }) as unknown as GraphNode),
    relationships: document.edges.map(
      ({ key, source, target, attributes: { type, ...properties } }) => ({ id: key, type, from: source, to: target, properties }) as unknown as Relationship,
    ),
  };
}
