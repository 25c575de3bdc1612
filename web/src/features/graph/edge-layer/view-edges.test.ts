import { describe, expect, it } from 'vitest';
import { sameEdges, splitElements } from './view-edges';

const ELEMENTS = [
  { group: 'nodes' as const, data: { id: 'a' } },
  { group: 'nodes' as const, data: { id: 'b', parent: 'z' } },
  { group: 'nodes' as const, data: { id: 'c' } },
  { group: 'nodes' as const, data: { id: 'z' } },
  { group: 'edges' as const, data: { id: 'ab', source: 'a', target: 'b', type: 'OPERATES' } },
  { group: 'edges' as const, data: { id: 'pair:b|c', source: 'c', target: 'b', type: 'MEMBER_OF', weight: 3 } },
  { group: 'edges' as const, data: { id: 'ca', source: 'c', target: 'a', type: 'COVERS' } },
  // An end that is not in the view (a node filtered out): no edge.
  { group: 'edges' as const, data: { id: 'ax', source: 'a', target: 'x', type: 'COVERS' } },
];

describe('splitElements', () => {
  it('gives Cytoscape the nodes and keeps the edges apart, with their type and weight', () => {
    const { nodes, edges } = splitElements(ELEMENTS);
    expect(nodes.map((node) => node.data.id)).toEqual(['a', 'b', 'c', 'z']);
    expect(edges.list).toEqual([
      { id: 'ab', source: 'a', target: 'b', type: 'OPERATES', weight: 1 },
      { id: 'pair:b|c', source: 'c', target: 'b', type: 'MEMBER_OF', weight: 3 },
      { id: 'ca', source: 'c', target: 'a', type: 'COVERS', weight: 1 },
    ]);
  });

  it('knows each node’s neighbours whichever way the edges run', () => {
    const { edges } = splitElements(ELEMENTS);
    expect(edges.neighbours('a')).toEqual(['b', 'c']);
    expect(edges.neighbours('b')).toEqual(['a', 'c']);
    expect(edges.neighbours('z')).toEqual([]);
  });

  it('tells views with the same edges from views whose edges changed', () => {
    const { edges } = splitElements(ELEMENTS);
    expect(sameEdges(edges, splitElements([...ELEMENTS].reverse()).edges)).toBe(true);
    expect(sameEdges(edges, splitElements(ELEMENTS.filter((element) => element.data.id !== 'ca')).edges)).toBe(false);
  });
});
