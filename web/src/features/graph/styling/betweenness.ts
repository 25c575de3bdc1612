// Betweenness of what the graph draws, for sizing nodes by it: the zone dashboard's own measure (graphology-metrics,
// exact up to its work limit, a seeded estimate above it), run over the drawn relationships rather than re-implemented.
// It runs in the layout worker (layout/layout.worker.ts): Bruzel with its offers costs 150-650 ms.
import { betweenness } from '@knooppunt/server/analysis/zone-dashboard/betweenness';
import type { CollaborationGraph, CollaborationNode } from '@knooppunt/server/analysis/zone-dashboard/collaboration-graph';
import { UndirectedGraph } from 'graphology';
import type { BetweennessInput } from './betweenness-input';

export type { BetweennessInput } from './betweenness-input';

/**
 * Left out as the dashboard leaves them out: a zone sits on nearly every shortest path (every municipality is
 * IN_ZONE) and would take all the betweenness, and sharing a border is geography, not collaboration.
 */
const LEFT_OUT_LABELS = new Set(['Zone']);
const LEFT_OUT_TYPES = new Set(['ADJACENT_TO', 'IN_ZONE', 'COUNCIL_OF']);

/** The drawn graph as an undirected simple graph, nodes and edges in id order so the estimate's pivots repeat. */
export function drawnGraph(subgraph: BetweennessInput): CollaborationGraph {
  const graph = new UndirectedGraph<CollaborationNode>();
  const nodes = subgraph.nodes.filter((node) => !LEFT_OUT_LABELS.has(node.label)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // betweenness() reads only the structure; the attributes are there to satisfy its graph type.
  for (const node of nodes) graph.addNode(node.id, { label: 'Organisation', name: node.id });
  const pairs = subgraph.relationships
    .filter((rel) => !LEFT_OUT_TYPES.has(rel.type) && rel.from !== rel.to && graph.hasNode(rel.from) && graph.hasNode(rel.to))
    .map((rel) => (rel.from < rel.to ? [rel.from, rel.to] : [rel.to, rel.from]) as [string, string])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  for (const [a, b] of pairs) if (!graph.hasEdge(a, b)) graph.addEdge(a, b);
  return graph;
}

/** Node id → normalised betweenness (0-1) over the drawn graph; nodes left out have none. */
export function betweennessOf(subgraph: BetweennessInput): Map<string, number> {
  const graph = drawnGraph(subgraph);
  if (graph.order === 0) return new Map();
  return new Map(Object.entries(betweenness(graph).values));
}
