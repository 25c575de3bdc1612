import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mergeParallelEdges } from './parallel-edges';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge = (id: string, type: string, source: string, target: string, weight?: number): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, type, ...(weight === undefined ? {} : { weight }) },
});

describe('mergeParallelEdges', () => {
  const elements: ElementDefinition[] = [
    node('nis:1'),
    node('net:lok'),
    node('org:a'),
    node('offer:o'),
    edge('c', 'COVERS', 'net:lok', 'nis:1'),
    edge('m', 'MEMBER_OF', 'nis:1', 'net:lok'),
    edge('d', 'DIRECTS', 'nis:1', 'net:lok'),
    edge('f1', 'FUNDS', 'nis:1', 'org:a'),
    edge('s', 'SERVES', 'offer:o', 'nis:1'),
    edge('l', 'LOCATED_IN', 'offer:o', 'nis:1'),
    edge('f2', 'FUNDS', 'nis:1', 'org:a', 3),
    edge('p', 'PROVIDES', 'org:a', 'offer:o'),
  ];

  it('draws one line per pair of nodes whichever way they run, led by the relationship that says most', () => {
    const merged = mergeParallelEdges(elements);
    expect(merged.filter((element) => element.group === 'nodes')).toEqual(elements.slice(0, 4));
    const edges = merged.filter((element) => element.group === 'edges').map((element) => element.data);
    expect(edges).toEqual([
      // In the place of the pair's first edge (COVERS), with the direction of the one that leads (DIRECTS).
      { id: 'pair:net:lok|nis:1', source: 'nis:1', target: 'net:lok', type: 'DIRECTS', types: ['DIRECTS', 'MEMBER_OF', 'COVERS'], weight: 3 },
      // A summed edge counts what it stands for.
      { id: 'pair:nis:1|org:a', source: 'nis:1', target: 'org:a', type: 'FUNDS', types: ['FUNDS'], weight: 4 },
      { id: 'pair:nis:1|offer:o', source: 'offer:o', target: 'nis:1', type: 'LOCATED_IN', types: ['LOCATED_IN', 'SERVES'], weight: 2 },
      // A lone edge stays itself.
      { id: 'p', source: 'org:a', target: 'offer:o', type: 'PROVIDES' },
    ]);
  });

  it('keeps every pair of nodes joined and every relationship counted', () => {
    const merged = mergeParallelEdges(elements);
    const pairs = (list: ElementDefinition[]) =>
      new Set(list.filter((e) => e.group === 'edges').map((e) => [String(e.data.source), String(e.data.target)].sort().join('|')));
    expect(pairs(merged)).toEqual(pairs(elements));
    const count = (list: ElementDefinition[]) => list.filter((e) => e.group === 'edges').reduce((sum, e) => sum + Number(e.data.weight ?? 1), 0);
    expect(count(merged)).toBe(count(elements));
    expect(merged.filter((e) => e.group === 'edges')).toHaveLength(4);
  });

  it('leaves a view without repeated pairs as it is', () => {
    const lone = [node('a'), node('b'), node('c'), edge('e1', 'FUNDS', 'a', 'b'), edge('e2', 'FUNDS', 'b', 'c')];
    expect(mergeParallelEdges(lone)).toEqual(lone);
  });
});
