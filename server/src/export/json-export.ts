// The JSON export: Knooppunt's graph document (domain/graph-document.ts), i.e. graphology's serialization
// format, which `graph.import()` reads as it is. Written one node and one edge per line, a page at a time.
import type { GraphNode, Relationship } from '../domain/graph';
import { documentEdge, documentNode, GRAPH_DOCUMENT_OPTIONS } from '../domain/graph-document';
import type { GraphWriter } from './graph-writer';
import { nodeProperties, relationshipProperties } from './model-properties';

/** The same node with its properties in model order, so both stores give the same text (same values, so still a GraphNode). */
function canonicalNode(node: GraphNode): GraphNode {
  return { ...node, properties: Object.fromEntries(nodeProperties(node)) } as unknown as GraphNode;
}

function canonicalRelationship(relationship: Relationship): Relationship {
  return { ...relationship, properties: Object.fromEntries(relationshipProperties(relationship)) } as unknown as Relationship;
}

export const writeJson: GraphWriter = async function* (pages, metadata) {
  yield `{"attributes":${JSON.stringify({ knooppunt: metadata })},"options":${JSON.stringify(GRAPH_DOCUMENT_OPTIONS)},"nodes":[`;
  let inEdges = false;
  let first = true;
  for await (const page of pages) {
    if (page.kind === 'relationships' && !inEdges) {
      yield '\n],"edges":[';
      inEdges = true;
      first = true;
    }
    const entries =
      page.kind === 'nodes'
        ? page.nodes.map((node) => JSON.stringify(documentNode(canonicalNode(node))))
        : page.relationships.map((relationship) => JSON.stringify(documentEdge(canonicalRelationship(relationship))));
    if (entries.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${entries.join(',\n')}`;
    first = false;
  }
  yield inEdges ? '\n]}\n' : '\n],"edges":[\n]}\n';
};
