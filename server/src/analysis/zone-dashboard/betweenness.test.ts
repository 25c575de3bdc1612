// Betweenness and degree on tiny graphs worked out by hand, the estimate against the exact value, and the
// property that node ids do not matter.
import { UndirectedGraph } from 'graphology';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { describe, expect, it } from 'vitest';
import { fc } from '../../testing/dataset-arbitrary';
import { compareIds } from '../../graph/knooppunt-graph';
import { betweenness } from './betweenness';
import type { CollaborationGraph, CollaborationNode } from './collaboration-graph';
import { drawPivots, sampledBetweenness } from './sampled-betweenness';
import { seededRandom } from './seeded-random';

/** An undirected graph over the given edges, nodes and edges added in id order as collaborationGraph adds them. */
function graphOf(edges: readonly (readonly [string, string])[], isolated: readonly string[] = []): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<CollaborationNode>();
  const nodes = [...new Set([...edges.flat(), ...isolated])].sort(compareIds);
  for (const node of nodes) graph.addNode(node, { label: 'Organisation', name: node });
  for (const [a, b] of [...edges].sort(([a1, b1], [a2, b2]) => compareIds(a1, a2) || compareIds(b1, b2))) graph.addEdge(a, b);
  return graph;
}

const EXACT = { workLimit: Number.MAX_SAFE_INTEGER, minPivots: 1, seed: 1 };

describe('betweenness', () => {
  it('gives a path a-b-c-d-e its hand-computed values: c lies on 4 of the 6 pairs around it, b and d on 3', () => {
    const path = graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    const { values, method } = betweenness(path, EXACT);
    expect(method).toEqual({ method: 'exact' });
    // Normalised by the (5 − 1)(5 − 2) ÷ 2 = 6 pairs of other nodes.
    expect(values.a).toBeCloseTo(0, 10);
    expect(values.b).toBeCloseTo(3 / 6, 10);
    expect(values.c).toBeCloseTo(4 / 6, 10);
    expect(values.d).toBeCloseTo(3 / 6, 10);
    expect(values.e).toBeCloseTo(0, 10);
  });

  it('puts the centre of a star on every path (1) and its leaves on none', () => {
    const star = graphOf([['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4']]);
    const { values } = betweenness(star, EXACT);
    expect(values.hub).toBeCloseTo(1, 10);
    for (const leaf of ['l1', 'l2', 'l3', 'l4']) expect(values[leaf]).toBeCloseTo(0, 10);
  });

  it('splits a pair with two shortest paths between their two middle nodes (a 4-cycle)', () => {
    const cycle = graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    const { values } = betweenness(cycle, EXACT);
    // Each node sits on half of the one pair across from it: 0.5 of (3 · 2 ÷ 2 = 3) pairs.
    for (const node of ['a', 'b', 'c', 'd']) expect(values[node]).toBeCloseTo(0.5 / 3, 10);
  });

  it('estimates from pivots above the work limit, and the estimate from every node as pivot is the exact value', () => {
    const graph = graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['b', 'f'], ['f', 'g'], ['g', 'd'], ['h', 'i']]);
    const exact = betweenness(graph, EXACT).values;
    // 9 nodes × 8 edges = 72 > 40: sampled, with 40 ÷ 8 = 5 pivots.
    const sampled = betweenness(graph, { workLimit: 40, minPivots: 2, seed: 7 });
    expect(sampled.method).toEqual({ method: 'sampled', pivots: 5 });
    expect(betweenness(graph, { workLimit: 40, minPivots: 2, seed: 7 }).values).toEqual(sampled.values);
    const everyPivot = sampledBetweenness(graph, graph.order, seededRandom(3));
    for (const node of graph.nodes()) expect(everyPivot[node]).toBeCloseTo(exact[node]!, 10);
  });

  it('draws distinct pivots, all of them when asked for more than there are', () => {
    const drawn = drawPivots(10, 4, seededRandom(11));
    expect(new Set(drawn).size).toBe(4);
    expect(drawn.every((index) => index >= 0 && index < 10)).toBe(true);
    expect(drawPivots(5, 9, seededRandom(11)).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('does not depend on node ids: relabelling the nodes leaves every node its degree and betweenness', () => {
    const edgesArbitrary = fc.uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })).filter(([a, b]) => a !== b),
      { minLength: 1, maxLength: 30, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
    );
    const namesArbitrary = fc.uniqueArray(fc.stringMatching(/^[a-z0-9:]{1,6}$/), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(edgesArbitrary, namesArbitrary, (pairs, names) => {
        const original = graphOf(pairs.map(([a, b]) => [`n${String(a).padStart(2, '0')}`, `n${String(b).padStart(2, '0')}`] as const));
        const rename = (node: string) => names[Number(node.slice(1))]!;
        const relabelled = graphOf(original.mapEdges((_edge, _attributes, a, b) => [rename(a), rename(b)] as const));
        const before = { between: betweenness(original, EXACT).values, degree: degreeCentrality(original) };
        const after = { between: betweenness(relabelled, EXACT).values, degree: degreeCentrality(relabelled) };
        for (const node of original.nodes()) {
          expect(after.between[rename(node)]).toBeCloseTo(before.between[node]!, 10);
          expect(after.degree[rename(node)]).toBeCloseTo(before.degree[node]!, 10);
        }
      }),
      { seed: 20_260_401, numRuns: 100 },
    );
  });
});
