// Node and relationship counts for /api/health.
import type { GraphCounts } from '../../domain/api';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../knooppunt-graph';

export function zeroCounts(): GraphCounts {
  return {
    nodes: 0,
    relationships: 0,
    nodesByLabel: Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<NodeLabel, number>,
    relationshipsByType: Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, 0])) as Record<RelationshipType, number>,
  };
}

export function graphCounts(graph: KnooppuntGraph): GraphCounts {
  const counts = zeroCounts();
  graph.forEachNode((_node, attributes) => {
    counts.nodesByLabel[attributes.label] += 1;
  });
  graph.forEachEdge((_edge, attributes) => {
    counts.relationshipsByType[attributes.type] += 1;
  });
  counts.nodes = graph.order;
  counts.relationships = graph.size;
  return counts;
}
