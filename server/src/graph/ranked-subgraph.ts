// A subgraph answer made from ranks (numbered-graph.ts) whose node and relationship objects are made when
// first read. An HTTP answer never reads them: it is written from the elements' kept JSON by rank
// (subgraph-json.ts), and making 3,400 objects per Flanders zone only to drop them was a third of the
// event loop's time for a computed zone graph, and most of the garbage. Every other reader (the contract
// tests, JSON.stringify, spreading, structuredClone) sees plain data properties holding the same arrays.
import type { GraphNode, Relationship, Subgraph } from '../domain/graph';
import type { NumberedGraph, RankedSubgraph } from './numbered-graph';

interface Behind {
  numbered: NumberedGraph;
  ranks: RankedSubgraph;
  /** False once either list has been read or replaced: the ranks may no longer be what the lists hold. */
  untouched: boolean;
}

const behindSubgraphs = new WeakMap<Subgraph, Behind>();

export function nodeAt(numbered: NumberedGraph, rank: number): GraphNode {
  const attributes = numbered.nodeAttributes[rank]!;
  return { id: numbered.nodeIds[rank]!, label: attributes.label, properties: attributes.properties } as GraphNode;
}

export function relationshipAt(numbered: NumberedGraph, rank: number): Relationship {
  const attributes = numbered.edgeAttributes[rank]!;
  return {
    id: numbered.edgeIds[rank]!,
    type: attributes.type,
    from: numbered.nodeIds[numbered.edgeSource[rank]!]!,
    to: numbered.nodeIds[numbered.edgeTarget[rank]!]!,
    properties: attributes.properties,
  } as Relationship;
}

/** The elements at `ranks` (a loop: Array.from(typedArray, …) walks the typed array through its iterator). */
function elementsAt<T>(ranks: Int32Array, elementAt: (rank: number) => T): T[] {
  const elements = new Array<T>(ranks.length);
  for (let index = 0; index < ranks.length; index += 1) elements[index] = elementAt(ranks[index]!);
  return elements;
}

/**
 * Defines `key` as an enumerable property whose array is made on first read, after which it is a plain
 * data property; assigning to it first makes it a data property holding what was assigned.
 */
function defineLazyList(subgraph: Subgraph, key: 'nodes' | 'relationships', make: () => unknown[], behind: Behind): void {
  const settle = (value: unknown) => {
    behind.untouched = false;
    Object.defineProperty(subgraph, key, { value, enumerable: true, configurable: true, writable: true });
    return value;
  };
  Object.defineProperty(subgraph, key, { enumerable: true, configurable: true, get: () => settle(make()), set: settle });
}

/** The subgraph with these ranks, its members in the order JSON.stringify of a plain subgraph writes them. */
export function subgraphOfRanks(numbered: NumberedGraph, ranks: RankedSubgraph, truncated = false): Subgraph {
  const subgraph = {} as Subgraph;
  const behind: Behind = { numbered, ranks, untouched: true };
  defineLazyList(subgraph, 'nodes', () => elementsAt(ranks.nodes, (rank) => nodeAt(numbered, rank)), behind);
  defineLazyList(subgraph, 'relationships', () => elementsAt(ranks.relationships, (rank) => relationshipAt(numbered, rank)), behind);
  if (truncated) subgraph.truncated = true;
  behindSubgraphs.set(subgraph, behind);
  return subgraph;
}

/** The subgraph's ranks in `numbered`, while neither list has been read or replaced since subgraphOfRanks made it. */
export function ranksOf(subgraph: Subgraph, numbered: NumberedGraph): RankedSubgraph | undefined {
  const behind = behindSubgraphs.get(subgraph);
  return behind !== undefined && behind.numbered === numbered && behind.untouched ? behind.ranks : undefined;
}
