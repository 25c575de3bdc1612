// Communities of the collaboration graph (Louvain, graphology-communities-louvain): groups of actors that work
// with each other more than with the rest of the zone. Louvain visits nodes in random order, so it draws from
// a seeded generator; with the graph built in id order the same zone gives the same communities on every run
// and on both stores.
import louvain from 'graphology-communities-louvain';
import graphModularity from 'graphology-metrics/graph/modularity.js';
import { compareIds } from '../../graph/knooppunt-graph';
import type { CollaborationGraph } from './collaboration-graph';
import { seededRandom } from './seeded-random';

export const LOUVAIN_SEED = 2026;

export interface Partition {
  /** Node id → community number: 1 for the largest, then by size, ties by the smallest member id. */
  community: Map<string, number>;
  /** The members of community n at index n − 1, each list sorted by id. */
  members: string[][];
  /** Modularity of the partition; 0 for a graph without edges, where there is nothing to partition. */
  modularity: number;
}

export function communities(graph: CollaborationGraph, seed: number = LOUVAIN_SEED): Partition {
  const found: Record<string, number> =
    graph.size === 0
      ? Object.fromEntries(graph.nodes().map((node, index) => [node, index]))
      : louvain(graph, { getEdgeWeight: null, rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const key = found[node]!;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [node]);
    else group.push(node);
  }
  const members = [...groups.values()]
    .map((group) => group.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  const community = new Map<string, number>();
  members.forEach((group, index) => {
    for (const node of group) community.set(node, index + 1);
  });
  const modularity = graph.size === 0 ? 0 : graphModularity(graph, { getNodeCommunity: (node) => community.get(node)!, getEdgeWeight: null });
  return { community, members, modularity };
}
