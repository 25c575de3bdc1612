// A subgraph (as a store answers it) back as a graphology graph, so the graph facts and queries written
// for the whole graph also read one zone's piece of it.
import type { Subgraph } from '../domain/graph';
import { applyImport } from './apply-import';
import { createGraph, type KnooppuntGraph } from './knooppunt-graph';

export function graphOfSubgraph(subgraph: Subgraph): KnooppuntGraph {
  return applyImport(createGraph(), subgraph, true);
}
