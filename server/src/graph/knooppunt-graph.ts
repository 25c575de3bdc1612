// The in-memory graph (graphology) that the embedded store keeps and the analysis code reads.
import { MultiDirectedGraph } from 'graphology';
import type { GraphNode, Relationship, Subgraph } from '../domain/graph';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary';
import { adjacentEdges } from './adjacency';
import { inducedSubgraphOf, numberedGraph, RankSet } from './numbered-graph';

export interface NodeAttributes {
  label: NodeLabel;
  properties: GraphNode['properties'];
}

export interface EdgeAttributes {
  type: RelationshipType;
  properties: Relationship['properties'];
}

/** Directed multigraph: two nodes can be linked by several types (DIRECTS and MEMBER_OF; FUNDS per year). */
export type KnooppuntGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): KnooppuntGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

export function toGraphNode(id: string, attributes: NodeAttributes): GraphNode {
  return { id, label: attributes.label, properties: attributes.properties } as GraphNode;
}

export function toRelationship(graph: KnooppuntGraph, edge: string): Relationship {
  const attributes = graph.getEdgeAttributes(edge);
  return {
    id: edge,
    type: attributes.type,
    from: graph.source(edge),
    to: graph.target(edge),
    properties: attributes.properties,
  } as Relationship;
}

export function addNode(graph: KnooppuntGraph, node: GraphNode): void {
  graph.mergeNode(node.id, { label: node.label, properties: node.properties });
}

/** Adds or replaces a relationship by its id; both ends must exist. */
export function putRelationship(graph: KnooppuntGraph, relationship: Relationship): void {
  const attributes: EdgeAttributes = { type: relationship.type, properties: relationship.properties };
  if (graph.hasEdge(relationship.id)) {
    graph.replaceEdgeAttributes(relationship.id, attributes);
  } else {
    graph.addDirectedEdgeWithKey(relationship.id, relationship.from, relationship.to, attributes);
  }
}

export function nodesOfLabel(graph: KnooppuntGraph, label: NodeLabel): string[] {
  return graph.filterNodes((_node, attributes) => attributes.label === label);
}

/** Neighbours across edges of one type, in the given direction. */
export function linked(
  graph: KnooppuntGraph,
  node: string,
  type: RelationshipType,
  direction: 'out' | 'in',
): string[] {
  return adjacentEdges(graph, node, direction, type).map((edge) => edge.other);
}

/**
 * The subgraph induced by a set of node ids: those nodes and every relationship between two of them.
 * Sorted by id so that every store returns the same bytes for the same question.
 */
export function inducedSubgraph(graph: KnooppuntGraph, nodeIds: Iterable<string>, truncated = false): Subgraph {
  const numbered = numberedGraph(graph);
  const members = new RankSet(numbered);
  for (const id of nodeIds) {
    const rank = numbered.rankOf.get(id);
    if (rank !== undefined) members.add(rank);
  }
  return inducedSubgraphOf(numbered, members, truncated);
}

/** Plain code-unit order, the same in JavaScript and in Cypher's ORDER BY on strings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
