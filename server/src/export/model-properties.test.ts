import { describe, expect, it } from 'vitest';
import type { GraphNode, Relationship } from '../domain/graph';
import { nodeProperties, relationshipProperties } from './model-properties';

describe('properties in model order', () => {
  it('orders a node\'s properties as the graph model lists them and leaves out absent ones', () => {
    const node = { id: 'nis:1', label: 'Municipality', properties: { population: 5, name: 'Aarde', nis: '00001', province: undefined } } as unknown as GraphNode;
    expect(nodeProperties(node)).toEqual([['nis', '00001'], ['name', 'Aarde'], ['population', 5]]);
  });

  it('refuses a property the model does not know, naming it and its node', () => {
    const node = { id: 'zone:x', label: 'Zone', properties: { name: 'X', colour: 'red' } } as unknown as GraphNode;
    expect(() => nodeProperties(node)).toThrow('property "colour" of Zone zone:x is not in the graph model');
  });

  it('orders relationship properties too', () => {
    const relationship: Relationship = { id: 'f', type: 'FUNDS', from: 'nis:1', to: 'org:a', properties: { kind: 'andere', amount: 1, year: 2025 } };
    expect(relationshipProperties(relationship)).toEqual([['year', 2025], ['amount', 1], ['kind', 'andere']]);
  });
});
