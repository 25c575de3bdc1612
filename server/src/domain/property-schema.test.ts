import { describe, expect, it } from 'vitest';
import { NODE_PROPERTY_COLUMNS, propertyColumns, RELATIONSHIP_PROPERTY_COLUMNS } from './property-schema';

describe('property schema', () => {
  it('lists every node property once, in model order, with its type', () => {
    expect(NODE_PROPERTY_COLUMNS.map(({ name, type }) => `${name}:${type}`)).toEqual([
      'nis:string',
      'name:string',
      'province:string',
      'region:string',
      'population:int',
      'children0to3:int',
      'children3to12:int',
      'type:string',
      'governanceModel:boolean',
      'governanceModelDate:string',
      'legalForm:string',
      'sector:string',
      'function:string',
      'capacity:int',
    ]);
  });

  it('lists every relationship property once: membership role and seat, funding year, amount and kind', () => {
    expect(RELATIONSHIP_PROPERTY_COLUMNS).toEqual([
      { name: 'role', type: 'string' },
      { name: 'sector', type: 'string' },
      { name: 'year', type: 'int' },
      { name: 'amount', type: 'double' },
      { name: 'kind', type: 'string' },
    ]);
  });

  it('refuses a property name with two types, which no typed export could declare', () => {
    expect(() => propertyColumns([{ size: 'int' }, { size: 'string' }])).toThrow('"size" is both int and string');
  });
});
