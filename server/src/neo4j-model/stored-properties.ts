// What the Neo4j store keeps on a node or relationship: the domain properties plus `id`, and on a node the
// `searchName` that search matches against. Free of the driver, so the Cypher export writes exactly what
// this store would write, and a Knooppunt server pointed at a database made from that script answers the same.
import { nodeName, type GraphNode, type Relationship } from '../domain/graph';
import { normaliseForSearch, searchableName } from '../graph/queries/search';

export type StoredValue = string | number | boolean;

export function storedNodeProperties(node: GraphNode): Record<string, StoredValue> {
  const properties: Record<string, StoredValue> = Object.assign<Record<string, StoredValue>, object>({ id: node.id }, node.properties);
  const name = searchableName(node.label, node.label === 'Offer' ? node.properties.name : nodeName(node));
  if (name !== undefined) properties.searchName = normaliseForSearch(name);
  return properties;
}

export function storedRelationshipProperties(relationship: Relationship): Record<string, StoredValue> {
  return Object.assign<Record<string, StoredValue>, object>({ id: relationship.id }, relationship.properties);
}
