import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { layoutOptions } from '../layouts';
import { computeLayout, INCREMENTAL_FORCE_LIMIT, type LayoutEdgeInput, type LayoutNodeInput, type LayoutRequest } from './compute-layout';
import { seededRandom } from '@knooppunt/server/analysis/zone-dashboard/seeded-random';
import { withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

/** `stars` municipalities, each with a network, two linked organisations and `leaves` leaf offers. */
function starGraph(stars: number, leaves: number): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  const nodes: LayoutNodeInput[] = [];
  const edges: LayoutEdgeInput[] = [];
  for (let s = 0; s < stars; s++) {
    const m = `nis:${String(10000 + s)}`;
    nodes.push({ id: m, label: 'Municipality' }, { id: `net:n${s}`, label: 'Network' }, { id: `org:a${s}`, label: 'Organisation' }, { id: `org:b${s}`, label: 'Organisation' });
    edges.push(
      { id: `e:d${s}`, source: m, target: `net:n${s}` },
      { id: `e:a${s}`, source: `org:a${s}`, target: `net:n${s}` },
      { id: `e:b${s}`, source: `org:b${s}`, target: `net:n${s}` },
      { id: `e:o${s}`, source: m, target: `org:a${s}` },
    );
    for (let l = 0; l < leaves; l++) {
      nodes.push({ id: `offer:${s}-${l}`, label: 'Offer' });
      edges.push({ id: `e:p${s}-${l}`, source: `org:b${s}`, target: `offer:${s}-${l}` });
    }
  }
  return { nodes, edges };
}

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

describe('computeLayout', () => {
  it('gives the same fcose positions for the same graph, whatever order its elements come in', () => {
    const graph = starGraph(12, 3);
    const request: LayoutRequest = { name: 'fcose', incremental: false, ...graph };
    const first = computeLayout(request);
    const again = computeLayout(request);
    const reordered = computeLayout({ ...request, nodes: shuffled(graph.nodes, 7), edges: shuffled(graph.edges, 9) });
    expect(Object.keys(first)).toHaveLength(graph.nodes.length);
    expect(again).toEqual(first);
    expect(reordered).toEqual(first);
    // Not everything on one spot: the layout did place them.
    expect(new Set(Object.values(first).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(graph.nodes.length);
  });

  it('leaves Math.random as it found it', () => {
    const original = Math.random;
    computeLayout({ name: 'fcose', incremental: false, ...starGraph(3, 1) });
    expect(Math.random).toBe(original);
    expect(withSeededRandom(1, () => [Math.random(), Math.random()])).toEqual(withSeededRandom(1, () => [Math.random(), Math.random()]));
  });

  it('is deterministic for the other layouts too, and independent of any window size', () => {
    const graph = starGraph(5, 2);
    for (const name of ['concentric', 'breadthfirst', 'grid'] as const) {
      const a = computeLayout({ name, incremental: false, ...graph });
      const b = computeLayout({ name, incremental: false, nodes: shuffled(graph.nodes, 3), edges: graph.edges });
      expect(b, name).toEqual(a);
    }
  });

  it('expands a big view with several components without the fcose crash (draft quality never runs incrementally)', () => {
    const graph = starGraph(Math.ceil(INCREMENTAL_FORCE_LIMIT / 4) + 5, 0);
    const nodeCount = graph.nodes.length;
    expect(nodeCount).toBeGreaterThan(INCREMENTAL_FORCE_LIMIT);
    // What the canvas used to run after an expansion of a view this big: fcose 2.2 throws.
    const cy = cytoscape({ headless: true, elements: [...graph.nodes.map((n) => ({ data: { id: n.id } })), ...graph.edges.map((e) => ({ data: e }))] });
    const old = { ...layoutOptions('fcose', { incremental: true, nodeCount, roots: [] }), quality: 'draft' } as unknown as cytoscape.LayoutOptions;
    expect(() => cy.layout(old).run()).toThrow(/nodeIndexes/);
    expect(layoutOptions('fcose', { incremental: true, nodeCount, roots: [] })).toMatchObject({ quality: 'default', randomize: false });

    const placed = graph.nodes.map((node, index) => ({ ...node, position: { x: index * 3, y: (index % 17) * 5 } }));
    const positions = computeLayout({ name: 'fcose', incremental: true, nodes: placed, edges: graph.edges });
    // Above the limit an expansion keeps every position it was given.
    // nis:10003 is the fourth star's first node, the 13th node given.
    expect(positions['nis:10003']).toEqual({ x: 12 * 3, y: (12 % 17) * 5 });
  });

  it('refines the given positions of a smaller view with several components', () => {
    const graph = starGraph(20, 2);
    const placed = graph.nodes.map((node, index) => ({ ...node, position: { x: (index % 10) * 40, y: Math.floor(index / 10) * 40 } }));
    const positions = computeLayout({ name: 'fcose', incremental: true, nodes: placed, edges: graph.edges });
    expect(Object.keys(positions)).toHaveLength(graph.nodes.length);
    expect(positions).toEqual(computeLayout({ name: 'fcose', incremental: true, nodes: placed, edges: graph.edges }));
  });
});
