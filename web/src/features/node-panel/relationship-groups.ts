// Groups a node's relationships by type and direction, in the vocabulary's order, for the panel.
import type { NodeRelationship } from '@knooppunt/server/domain/api';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@knooppunt/server/domain/vocabulary';
import type { I18n } from '../../lib/i18n/i18n';

export interface RelationshipGroup {
  key: string;
  type: RelationshipType;
  title: string;
  items: NodeRelationship[];
}

export function groupRelationships(relationships: readonly NodeRelationship[], { vocab }: I18n): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const item of relationships) {
    const { type } = item.relationship;
    // Adjacency has no direction worth telling apart.
    const direction = type === 'ADJACENT_TO' ? 'out' : item.direction;
    const key = `${type}:${direction}`;
    const group = groups.get(key) ?? { key, type, title: vocab.relationship[type][direction], items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const order = (group: RelationshipGroup) => RELATIONSHIP_TYPES.indexOf(group.type) * 2 + (group.key.endsWith(':in') ? 1 : 0);
  for (const group of groups.values()) group.items.sort((a, b) => a.other.name.localeCompare(b.other.name));
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}
