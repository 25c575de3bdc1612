// Each node's relationships listed by direction and type, built in one pass over a graph the first time a
// query asks and kept until the graph changes (per-graph.ts). graphology walks a node's edges through a
// callback per edge and has no per-type lists, so "the offers located in this municipality" read every
// relationship of the municipality (thousands at Flanders scale) several times per zone graph; here it is
// one array.
import type { EdgeAttributes, KnooppuntGraph } from './knooppunt-graph';
import { perGraph } from './per-graph';

/** One relationship as seen from one of its ends. */
export interface AdjacentEdge {
  id: string;
  /** The node at the other end. */
  other: string;
  attributes: EdgeAttributes;
}

interface NodeAdjacency {
  out: AdjacentEdge[];
  in: AdjacentEdge[];
  outByType: Map<string, AdjacentEdge[]>;
  inByType: Map<string, AdjacentEdge[]>;
}

const NONE: readonly AdjacentEdge[] = [];

const adjacencyOf = perGraph((graph): Map<string, NodeAdjacency> => {
  const adjacency = new Map<string, NodeAdjacency>();
  const entry = (node: string): NodeAdjacency => {
    let found = adjacency.get(node);
    if (found === undefined) {
      found = { out: [], in: [], outByType: new Map(), inByType: new Map() };
      adjacency.set(node, found);
    }
    return found;
  };
  const push = (lists: Map<string, AdjacentEdge[]>, type: string, edge: AdjacentEdge) => {
    const list = lists.get(type);
    if (list === undefined) lists.set(type, [edge]);
    else list.push(edge);
  };
  graph.forEachEdge((id, attributes, source, target) => {
    const outgoing = { id, other: target, attributes };
    const incoming = { id, other: source, attributes };
    const from = entry(source);
    const to = entry(target);
    from.out.push(outgoing);
    to.in.push(incoming);
    push(from.outByType, attributes.type, outgoing);
    push(to.inByType, attributes.type, incoming);
  });
  return adjacency;
});

/** The node's relationships in one direction, of one type or of every type. Read-only: shared by every caller. */
export function adjacentEdges(graph: KnooppuntGraph, node: string, direction: 'out' | 'in', type?: string): readonly AdjacentEdge[] {
  const found = adjacencyOf(graph).get(node);
  if (found === undefined) return NONE;
  if (type === undefined) return direction === 'out' ? found.out : found.in;
  return (direction === 'out' ? found.outByType : found.inByType).get(type) ?? NONE;
}
