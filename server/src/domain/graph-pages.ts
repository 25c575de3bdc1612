// The whole graph as pages: the shape streamGraph yields and every export and snapshot reads. Kept below
// the stores and the exports alike, so both sides use one paging rule and neither imports the other.
import type { GraphNode, Relationship } from './graph';

/** A page of the whole graph as `streamGraph` yields it: all node pages come before the first relationship page. */
export type GraphPage = { kind: 'nodes'; nodes: GraphNode[] } | { kind: 'relationships'; relationships: Relationship[] };

/** How many nodes or relationships one page holds: small enough to keep memory flat, large enough to be cheap. */
export const GRAPH_PAGE_SIZE = 2_000;

/** `items` cut into consecutive slices of at most `size`; nothing for an empty list. */
export function* pageSlices<T>(items: readonly T[], size = GRAPH_PAGE_SIZE): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Graph content already in memory (a zone's subgraph, a snapshot being taken) as the pages streamGraph yields. */
export async function* contentPages(content: { nodes: readonly GraphNode[]; relationships: readonly Relationship[] }): AsyncGenerator<GraphPage> {
  for (const nodes of pageSlices(content.nodes)) yield { kind: 'nodes', nodes };
  for (const relationships of pageSlices(content.relationships)) yield { kind: 'relationships', relationships };
}
