// A subgraph (as a store answers it) back as a graphology graph, so the graph facts and queries written
// for the whole graph also read one zone's piece of it.
import type { Subgraph } from '../domain/graph';
import { addNode, createGraph, putRelationship, type KnooppuntGraph } from './knooppunt-graph';

export function graphOfSubgraph(subgraph: Subgraph): KnooppuntGraph {
  const graph = createGraph();
  for (const node of subgraph.nodes) addNode(graph, node);
  for (const relationship of subgraph.relationships) putRelationship(graph, relationship);
  return graph;
}
