// Betweenness centrality of the collaboration graph: who brokers, sitting on the shortest paths between others.
// Exact (Brandes, graphology-metrics) while it answers well within a request; above that an estimate from
// seeded pivots (sampled-betweenness.ts) that spends about the same time, so the dashboard stays fast and
// reproducible however large a zone grows.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { CollaborationGraph } from './collaboration-graph';
import { sampledBetweenness } from './sampled-betweenness';
import { seededRandom } from './seeded-random';

export interface BetweennessOptions {
  /**
   * Brandes costs about nodes × edges steps (one breadth-first search per node). Up to this many the value
   * is exact; above it the estimate runs workLimit ÷ edges searches, about the same time.
   */
  workLimit: number;
  /** The fewest pivots an estimate uses, however large the graph. */
  minPivots: number;
  seed: number;
}

/**
 * Measured with tests/bench/zone-dashboard.bench.ts on this machine (2 shared cores): exact betweenness costs
 * about 40-90 ns per node × edge, so up to 2,000,000 it stays near or under 150 ms. The largest zone of the
 * Flanders-scale generated dataset (841 nodes, 2,137 edges: 1.8 million) is exact in 70-100 ms. The largest at
 * ten-fold scale (1,763 nodes, 5,160 edges) costs 600-900 ms exact; its estimate from 387 pivots takes about
 * 250 ms, with a largest error of 0.011 on the normalised values (mean 0.00003) and 9 of the exact top 10.
 * The route caches the dashboard per store revision, so this is paid once per zone and import.
 */
export const DEFAULT_BETWEENNESS_OPTIONS: Readonly<BetweennessOptions> = { workLimit: 2_000_000, minPivots: 100, seed: 2026 };

export interface Betweenness {
  /** Node id → normalised betweenness (0-1). */
  values: Record<string, number>;
  method: { method: 'exact' } | { method: 'sampled'; pivots: number };
}

export function betweenness(graph: CollaborationGraph, options: BetweennessOptions = DEFAULT_BETWEENNESS_OPTIONS): Betweenness {
  if (graph.order * graph.size <= options.workLimit) {
    return { values: betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }), method: { method: 'exact' } };
  }
  const pivots = Math.min(graph.order, Math.max(options.minPivots, Math.floor(options.workLimit / graph.size)));
  return { values: sampledBetweenness(graph, pivots, seededRandom(options.seed)), method: { method: 'sampled', pivots } };
}
