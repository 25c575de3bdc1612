// Betweenness centrality estimated from a sample of source nodes (Brandes & Pich, "Centrality estimation in
// large networks", 2007): Brandes' dependency accumulation run from `pivots` sources drawn at random without
// replacement, extrapolated by nodes ÷ pivots. The estimate is unbiased; with every node as a pivot it is the
// exact value. Normalised as graphology-metrics normalises an undirected graph, so both can be compared.
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { CollaborationGraph } from './collaboration-graph';

/** `count` distinct indices of 0..size-1 (a partial Fisher–Yates shuffle), in the order drawn. */
export function drawPivots(size: number, count: number, random: () => number): number[] {
  const indices = Array.from({ length: size }, (_, index) => index);
  const drawn = Math.min(count, size);
  for (let i = 0; i < drawn; i++) {
    const j = i + Math.floor(random() * (size - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, drawn);
}

/** Node id → estimated normalised betweenness, from `pivots` sources drawn with `random`. */
export function sampledBetweenness(graph: CollaborationGraph, pivots: number, random: () => number): Record<string, number> {
  const order = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  const sources = drawPivots(order, pivots, random);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    // Nodes come off the stack farthest first, so each one's dependency is complete before it is passed on.
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  // Each unordered pair is counted from both ends over all sources, as in graphology's normalisation for
  // undirected graphs: divide by (n − 1)(n − 2), after scaling the sample up to all n sources.
  const scale = order <= 2 || sources.length === 0 ? 0 : order / sources.length / ((order - 1) * (order - 2));
  // The routine numbers nodes in graph.nodes() order (graphology-indices' NeighborhoodIndex).
  return Object.fromEntries(graph.nodes().map((node, index) => [node, centrality[index]! * scale]));
}
