import type { Subgraph } from '@knooppunt/server/domain/graph';
import { describe, expect, it } from 'vitest';
import { betweennessOf } from './betweenness';
import { betweennessInput } from './betweenness-input';
import { degrees, MAX_SIZE, MIN_SIZE, nodeSizes } from './node-size';

const subgraph = {
  nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: 'Organisation', properties: { name: id, legalForm: 'public', sector: 'caw' } })),
  relationships: [
    { id: 'r1', type: 'MEMBER_OF', from: 'a', to: 'b', properties: { role: 'member' } },
    { id: 'r2', type: 'MEMBER_OF', from: 'a', to: 'c', properties: { role: 'member' } },
    { id: 'r3', type: 'MEMBER_OF', from: 'a', to: 'd', properties: { role: 'member' } },
    { id: 'r4', type: 'MEMBER_OF', from: 'b', to: 'c', properties: { role: 'member' } },
  ],
} as Subgraph;

describe('nodeSizes', () => {
  it('leaves sizes to the stylesheet by kind', () => {
    expect(nodeSizes(subgraph, 'kind', new Map(), undefined)).toBeUndefined();
  });

  it('scales by the square root of the degree, the best connected at the maximum', () => {
    expect(Object.fromEntries(degrees(subgraph))).toEqual({ a: 3, b: 2, c: 2, d: 1 });
    const sizes = nodeSizes(subgraph, 'degree', new Map(), undefined);
    expect(sizes?.get('a')).toBe(MAX_SIZE);
    // d: sqrt(1/3) of the range above the minimum.
    expect(sizes?.get('d')).toBeCloseTo(MIN_SIZE + Math.sqrt(1 / 3) * (MAX_SIZE - MIN_SIZE), 1);
    expect(sizes?.get('b')).toBe(sizes?.get('c'));
  });

  it('sizes by findings, nodes without any at the minimum, and all at the minimum when there are none', () => {
    const sizes = nodeSizes(subgraph, 'findings', new Map([['c', 4], ['b', 1]]), undefined);
    expect([sizes?.get('c'), sizes?.get('b'), sizes?.get('a')]).toEqual([MAX_SIZE, MIN_SIZE + 0.5 * (MAX_SIZE - MIN_SIZE), MIN_SIZE]);
    expect(new Set(nodeSizes(subgraph, 'findings', new Map(), undefined)?.values())).toEqual(new Set([MIN_SIZE]));
  });
});

describe('nodeSizes by betweenness', () => {
  it('makes the broker of a path the largest and its ends the smallest, leaving zones out', () => {
    const path = {
      nodes: [
        ...['a', 'b', 'c'].map((id) => ({ id, label: 'Organisation', properties: { name: id, legalForm: 'public', sector: 'caw' } })),
        { id: 'zone:z', label: 'Zone', properties: { name: 'Z' } },
      ],
      relationships: [
        { id: 'r1', type: 'MEMBER_OF', from: 'a', to: 'b', properties: {} },
        { id: 'r2', type: 'MEMBER_OF', from: 'b', to: 'c', properties: {} },
        // Twice the same pair: one edge, as the dashboard counts.
        { id: 'r3', type: 'FUNDS', from: 'c', to: 'b', properties: {} },
        { id: 'r4', type: 'IN_ZONE', from: 'a', to: 'zone:z', properties: {} },
        { id: 'r5', type: 'IN_ZONE', from: 'c', to: 'zone:z', properties: {} },
      ],
    } as unknown as Subgraph;
    expect(Object.fromEntries(betweennessOf(path))).toEqual({ a: 0, b: 1, c: 0 });
    const sizes = nodeSizes(path, 'betweenness', new Map(), betweennessOf(betweennessInput(path)));
    expect([sizes?.get('b'), sizes?.get('a'), sizes?.get('zone:z')]).toEqual([MAX_SIZE, MIN_SIZE, MIN_SIZE]);
    // Before the worker has answered, the stylesheet's sizes stay.
    expect(nodeSizes(path, 'betweenness', new Map(), undefined)).toBeUndefined();
  });
});
