// The rows of the table twin, computed from exactly the subgraph the graph shows.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { NodeLabel, RelationshipType } from '@knooppunt/server/domain/vocabulary';
import type { Lang } from '../../lib/i18n/lang';
import { displayName, kindName } from '../../lib/i18n/node-text';
import { relationshipDetail } from '../../lib/i18n/relationship-text';
import type { VocabularyNames } from '../../lib/i18n/vocabulary-names';

export interface NodeRow {
  id: string;
  name: string;
  label: NodeLabel;
  labelName: string;
  kind: string;
  /** The zones a municipality lies in, or that the municipalities a node links to lie in. */
  zones: string;
  /** How many municipalities the node links to directly (for a zone: its municipalities). */
  municipalities: number;
  /** Relationships drawn for this node in the current view. */
  degree: number;
}

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  typeName: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  detail: string;
}

/**
 * `visible` decides the rows and the degree; `context` (the whole loaded view, hidden labels
 * included) supplies zone membership, so hiding zones does not empty the zones column.
 */
export function nodeRows(visible: Subgraph, context: Subgraph, vocab: VocabularyNames): NodeRow[] {
  const label = new Map(context.nodes.map((node) => [node.id, node]));
  const zoneNames = new Map<string, Set<string>>();
  const linkedMunicipalities = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) =>
    (map.get(key) ?? map.set(key, new Set()).get(key))?.add(value);

  for (const rel of context.relationships) {
    const from = label.get(rel.from);
    const to = label.get(rel.to);
    if (!from || !to) continue;
    if (rel.type === 'IN_ZONE' && to.label === 'Zone') add(zoneNames, rel.from, to.properties.name);
    if (from.label === 'Municipality' && rel.type !== 'ADJACENT_TO') add(linkedMunicipalities, rel.to, rel.from);
    if (to.label === 'Municipality' && rel.type !== 'ADJACENT_TO') add(linkedMunicipalities, rel.from, rel.to);
  }
  const degree = new Map<string, number>();
  for (const rel of visible.relationships) {
    degree.set(rel.from, (degree.get(rel.from) ?? 0) + 1);
    degree.set(rel.to, (degree.get(rel.to) ?? 0) + 1);
  }

  return visible.nodes.map((node) => {
    const municipalities = linkedMunicipalities.get(node.id) ?? new Set<string>();
    const zones = new Set(zoneNames.get(node.id));
    if (node.label !== 'Municipality' && node.label !== 'Zone') {
      for (const nis of municipalities) for (const zone of zoneNames.get(nis) ?? []) zones.add(zone);
    }
    return {
      id: node.id,
      name: displayName(node, vocab),
      label: node.label,
      labelName: vocab.label[node.label],
      kind: kindName(node, vocab),
      zones: [...zones].sort().join(', '),
      municipalities: municipalities.size,
      degree: degree.get(node.id) ?? 0,
    };
  });
}

export function relationshipRows(visible: Subgraph, vocab: VocabularyNames, lang: Lang): RelationshipRow[] {
  const names = new Map(visible.nodes.map((node) => [node.id, displayName(node, vocab)]));
  return visible.relationships.map((rel) => ({
    id: rel.id,
    type: rel.type,
    typeName: vocab.relationship[rel.type].name,
    fromId: rel.from,
    fromName: names.get(rel.from) ?? rel.from,
    toId: rel.to,
    toName: names.get(rel.to) ?? rel.to,
    detail: relationshipDetail(rel, vocab, lang),
  }));
}
