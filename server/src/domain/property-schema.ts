// The type of every property of the graph model (docs/graph-model.md), per node label and relationship type.
// Exports that declare their columns or attributes before the data (GraphML keys, GEXF attributes, CSV
// headers) take them from here, so what they declare never depends on which properties the data happens to use.
import type { NodeOfLabel, Relationship } from './graph';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './vocabulary';

export type PropertyType = 'string' | 'int' | 'double' | 'boolean';

/** The property types a TypeScript value type allows: the compiler checks the tables below against graph.ts. */
type TypeOf<V> = V extends number ? 'int' | 'double' : V extends boolean ? 'boolean' : 'string';
/** Every property of P, optional ones included, and no other. */
type PropertyTypes<P> = { readonly [K in keyof Required<P>]: TypeOf<Required<P>[K]> };
/** The union member whose type is T (Extract cannot pick it out of a member typed with several types). */
type RelationshipProperties<T extends RelationshipType> = (Relationship & { type: T })['properties'];

export const NODE_PROPERTY_TYPES = {
  Municipality: {
    nis: 'string',
    name: 'string',
    province: 'string',
    region: 'string',
    population: 'int',
    children0to3: 'int',
    children3to12: 'int',
  },
  Zone: { name: 'string' },
  Network: { type: 'string', name: 'string', governanceModel: 'boolean', governanceModelDate: 'string' },
  Organisation: { name: 'string', legalForm: 'string', sector: 'string' },
  Offer: { function: 'string', capacity: 'int', name: 'string' },
} as const satisfies { [L in NodeLabel]: PropertyTypes<NodeOfLabel<L>['properties']> };

export const RELATIONSHIP_PROPERTY_TYPES = {
  IN_ZONE: {},
  ADJACENT_TO: {},
  COUNCIL_OF: {},
  COVERS: {},
  DIRECTS: {},
  MEMBER_OF: { role: 'string', sector: 'string' },
  OPERATES: {},
  PROVIDES: {},
  LOCATED_IN: {},
  SERVES: {},
  /** Euro amounts may carry cents; years and places are whole. */
  FUNDS: { year: 'int', amount: 'double', kind: 'string' },
} as const satisfies { [T in RelationshipType]: PropertyTypes<RelationshipProperties<T>> };

export interface PropertyColumn {
  name: string;
  type: PropertyType;
}

/** One column per property name over all tables, in model order; a name shared by several labels must keep one type. */
export function propertyColumns(tables: readonly Readonly<Record<string, PropertyType>>[]): readonly PropertyColumn[] {
  const columns = new Map<string, PropertyType>();
  for (const table of tables) {
    for (const [name, type] of Object.entries(table)) {
      const known = columns.get(name);
      if (known !== undefined && known !== type) throw new Error(`property-schema: "${name}" is both ${known} and ${type}`);
      columns.set(name, type);
    }
  }
  return [...columns].map(([name, type]) => ({ name, type }));
}

/** Every node property of every label: the node columns of a table export, the node attributes of GraphML and GEXF. */
export const NODE_PROPERTY_COLUMNS = propertyColumns(NODE_LABELS.map((label) => NODE_PROPERTY_TYPES[label]));
/** Every relationship property of every type. */
export const RELATIONSHIP_PROPERTY_COLUMNS = propertyColumns(RELATIONSHIP_TYPES.map((type) => RELATIONSHIP_PROPERTY_TYPES[type]));
