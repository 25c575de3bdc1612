// A node's or relationship's properties in the order of the graph model (domain/property-schema.ts), absent
// ones left out. Stores hand properties over in different orders; every export lists them this way, so the
// same graph gives the same bytes from either store.
import type { GraphNode, Relationship } from '../domain/graph';
import { NODE_PROPERTY_TYPES, RELATIONSHIP_PROPERTY_TYPES } from '../domain/property-schema';

export type PropertyValue = string | number | boolean;

function inModelOrder(table: Readonly<Record<string, string>>, properties: object, owner: string): [string, PropertyValue][] {
  const values = properties as Record<string, PropertyValue | undefined>;
  for (const name of Object.keys(values)) {
    // A property the model does not know could not be declared up front by GraphML, GEXF or the CSV header.
    if (!(name in table)) throw new Error(`knooppunt export: property "${name}" of ${owner} is not in the graph model (domain/property-schema.ts)`);
  }
  const entries: [string, PropertyValue][] = [];
  for (const name of Object.keys(table)) {
    const value = values[name];
    if (value !== undefined) entries.push([name, value]);
  }
  return entries;
}

export function nodeProperties(node: GraphNode): [string, PropertyValue][] {
  return inModelOrder(NODE_PROPERTY_TYPES[node.label], node.properties, `${node.label} ${node.id}`);
}

export function relationshipProperties(relationship: Relationship): [string, PropertyValue][] {
  return inModelOrder(RELATIONSHIP_PROPERTY_TYPES[relationship.type], relationship.properties, `${relationship.type} ${relationship.id}`);
}
