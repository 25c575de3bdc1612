import { describe, expect, it } from 'vitest';
import type { DetailNode } from '../detail-elements';
import { addToScene, EMPTY_SCENE, inExtent, nodeAt } from './detail-scene';

const node = (id: string, x: number, y: number, size = 14): DetailNode => ({ id, label: 'Organisation', caption: id, colour: '#4a7fb5', shape: 'ellipse', size, x, y });
const municipality = { x: 100, y: 100 };
const placeOf = (id: string) => (id === 'nis:1' ? municipality : undefined);

describe('addToScene', () => {
  const first = addToScene(EMPTY_SCENE, { nodes: [node('a', 0, 0), node('b', 50, 0)], edges: [{ id: 'e1', source: 'a', target: 'nis:1', colour: '#111' }] }, placeOf);
  const scene = addToScene(
    first,
    {
      nodes: [node('c', 20, 0, 22)],
      edges: [
        { id: 'e2', source: 'a', target: 'c', colour: '#222' },
        { id: 'e3', source: 'c', target: 'nowhere', colour: '#333' },
      ],
    },
    placeOf,
  );

  it('resolves edge ends from the scene, the new batch or the aggregates, and drops an edge with an end nowhere', () => {
    expect(scene.edges.map(({ id, x1, y1, x2, y2 }) => [id, x1, y1, x2, y2])).toEqual([
      ['e1', 0, 0, 100, 100],
      ['e2', 0, 0, 20, 0],
    ]);
    expect(scene.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(scene.maxRadius).toBe(11);
  });

  it('leaves the scene it was given as it was', () => {
    expect([first.nodes.length, first.edges.length, first.byId.has('c')]).toEqual([2, 1, false]);
  });

  it('finds the node under a point through the index: the nearest centre whose disc holds it', () => {
    expect(nodeAt(scene, { x: 3, y: 2 })?.id).toBe('a');
    // Between a (radius 7) and c (radius 11): only c's disc reaches x = 12.
    expect(nodeAt(scene, { x: 12, y: 0 })?.id).toBe('c');
    expect(nodeAt(scene, { x: 50, y: 8 })).toBeUndefined();
    expect(nodeAt(scene, { x: 50, y: 8 }, 2)?.id).toBe('b');
    expect(nodeAt(EMPTY_SCENE, { x: 0, y: 0 })).toBeUndefined();
  });

  it('counts what is on screen: nodes with their centre inside, edges with an end inside', () => {
    const { nodes, edges } = inExtent(scene, { x1: 40, y1: -10, x2: 120, y2: 120 });
    expect(nodes.map((n) => n.id)).toEqual(['b']);
    expect(edges.map((e) => e.id)).toEqual(['e1']);
  });
});
