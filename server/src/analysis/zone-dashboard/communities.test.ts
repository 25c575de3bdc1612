// Louvain communities and their alignment with municipal borders, on graphs whose answer is known by hand.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../graph/knooppunt-graph';
import { borderAlignment } from './border-alignment';
import type { CollaborationGraph, CollaborationNode } from './collaboration-graph';
import { communities } from './communities';

function graphOf(edges: readonly (readonly [string, string])[], isolated: readonly string[] = []): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<CollaborationNode>();
  for (const node of [...new Set([...edges.flat(), ...isolated])].sort(compareIds)) graph.addNode(node, { label: 'Organisation', name: node });
  for (const [a, b] of edges) graph.addEdge(a, b);
  return graph;
}

/** Every pair of `nodes`. */
const clique = (nodes: readonly string[]) => nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a, b] as const));

/** Two 4-cliques, a1…a4 and b1…b4, joined by the bridge a1–b1. */
const barbell = () => graphOf([...clique(['a1', 'a2', 'a3', 'a4']), ...clique(['b1', 'b2', 'b3', 'b4']), ['a1', 'b1']]);

describe('communities', () => {
  it('finds the two cliques of a barbell, with the modularity worked out by hand', () => {
    const partition = communities(barbell());
    expect(partition.members).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['b1', 'b2', 'b3', 'b4'],
    ]);
    expect(partition.community.get('a3')).toBe(1);
    expect(partition.community.get('b2')).toBe(2);
    // 13 edges; each clique holds 6 inside and a degree sum of 13: 2 × (6/13 − (13/26)²) = 12/13 − 1/2.
    expect(partition.modularity).toBeCloseTo(12 / 13 - 1 / 2, 10);
  });

  it('gives the same communities for the same graph and seed, numbered largest first', () => {
    const graph = graphOf([...clique(['c1', 'c2', 'c3', 'c4', 'c5']), ...clique(['d1', 'd2', 'd3']), ['c5', 'd1'], ['x', 'y']]);
    const first = communities(graph, 99);
    expect(communities(graph, 99)).toEqual(first);
    expect(first.members.map((members) => members.length)).toEqual([5, 3, 2]);
    expect(first.members[2]).toEqual(['x', 'y']);
  });

  it('leaves a graph without edges as communities of one, with modularity 0', () => {
    const partition = communities(graphOf([], ['p', 'q']));
    expect(partition.members).toEqual([['p'], ['q']]);
    expect(partition.modularity).toBe(0);
  });
});

describe('border alignment', () => {
  it('scores two cliques in two municipalities as fully aligned', () => {
    const partition = communities(barbell());
    const home = new Map<string, string>([...['a1', 'a2', 'a3', 'a4'].map((n) => [n, 'nis:1'] as const), ...['b1', 'b2', 'b3', 'b4'].map((n) => [n, 'nis:2'] as const)]);
    const alignment = borderAlignment(partition.community, home);
    expect(alignment.byCommunity.get(1)).toEqual({ homed: 4, dominant: 'nis:1', share: 1 });
    expect(alignment.byCommunity.get(2)).toEqual({ homed: 4, dominant: 'nis:2', share: 1 });
    expect(alignment.purity).toBe(1);
    expect(alignment.nmi).toBeCloseTo(1, 10);
  });

  it('computes purity and normalised mutual information of a mixed partition by hand', () => {
    // Community 1: a, b (home X) and c (home Y); community 2: d (home Y) and e (no home).
    const community = new Map([['a', 1], ['b', 1], ['c', 1], ['d', 2], ['e', 2]]);
    const home = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y'], ['d', 'Y']]);
    const alignment = borderAlignment(community, home);
    expect(alignment.byCommunity.get(1)).toEqual({ homed: 3, dominant: 'X', share: 2 / 3 });
    expect(alignment.byCommunity.get(2)).toEqual({ homed: 1, dominant: 'Y', share: 1 });
    expect([alignment.homed, alignment.unhomed]).toEqual([4, 1]);
    expect(alignment.purity).toBe(3 / 4);
    // I = ½ln(4/3) + ¼ln(2/3) + ¼ln 2 = 0.215762; H(C) = 0.562335; H(H) = ln 2; NMI = 2I ÷ (H(C) + H(H)).
    expect(alignment.nmi).toBeCloseTo(0.343711, 5);
  });

  it('has no NMI where all homes are one municipality, and 0 where one community spans several', () => {
    expect(borderAlignment(new Map([['a', 1], ['b', 2]]), new Map([['a', 'X'], ['b', 'X']])).nmi).toBeNull();
    const spanning = borderAlignment(new Map([['a', 1], ['b', 1]]), new Map([['a', 'X'], ['b', 'Y']]));
    expect(spanning.nmi).toBe(0);
    expect(spanning.purity).toBe(1 / 2);
    // Ties go to the smaller municipality id.
    expect(spanning.byCommunity.get(1)).toEqual({ homed: 2, dominant: 'X', share: 1 / 2 });
    expect(borderAlignment(new Map([['z', 1]]), new Map()).byCommunity.get(1)).toEqual({ homed: 0, share: 0 });
  });
});
