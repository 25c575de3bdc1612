// A node's neighbourhood to depth N, for "expand" in the explorer.
import type { Subgraph } from '../../domain/graph';
import { inducedSubgraph, type KnooppuntGraph } from '../knooppunt-graph';

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const DEFAULT_NEIGHBOURHOOD_LIMIT = 500;

/**
 * The next ring of a breadth-first search: the unseen candidates in id order, cut to what the limit
 * leaves room for. Every store takes rings this way, so a capped answer is the same everywhere.
 */
export function takeRing(candidates: Iterable<string>, seen: ReadonlySet<string>, limit: number): { ring: string[]; truncated: boolean } {
  const ring = [...new Set(candidates)].filter((id) => !seen.has(id)).sort();
  const room = Math.max(limit - seen.size, 0);
  if (ring.length <= room) return { ring, truncated: false };
  ring.length = room;
  return { ring, truncated: true };
}

/** Breadth-first over relationships in both directions; `truncated` says the limit cut it short. */
export function neighbourhood(graph: KnooppuntGraph, start: string, depth: number, limit: number): Subgraph | undefined {
  if (!graph.hasNode(start)) return undefined;
  const seen = new Set<string>([start]);
  let ring = [start];
  let truncated = false;
  for (let level = 0; level < depth && ring.length > 0 && !truncated; level += 1) {
    const candidates = ring.flatMap((node) => graph.neighbors(node));
    ({ ring, truncated } = takeRing(candidates, seen, limit));
    for (const node of ring) seen.add(node);
  }
  return inducedSubgraph(graph, seen, truncated);
}
