// What betweenness reads of a subgraph, apart from the measure itself (betweenness.ts, with graphology): the
// page builds this input and sends it to the layout worker, and so loads no graphology of its own.
/** What betweenness reads of a subgraph: ids, labels and relationship ends (what the worker is sent). */
export interface BetweennessInput {
  nodes: readonly { id: string; label: string }[];
  relationships: readonly { type: string; from: string; to: string }[];
}

/** Only what the measure reads, so little crosses to the worker. */
export function betweennessInput(subgraph: BetweennessInput): BetweennessInput {
  return {
    nodes: subgraph.nodes.map((node) => ({ id: node.id, label: node.label })),
    relationships: subgraph.relationships.map((rel) => ({ type: rel.type, from: rel.from, to: rel.to })),
  };
}
