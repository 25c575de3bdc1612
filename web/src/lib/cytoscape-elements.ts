// Maps a subgraph to Cytoscape element definitions: zones become compound parents of their municipalities.
import type { GraphNode, Subgraph } from '@knooppunt/server/domain/graph';
import type { ElementDefinition } from 'cytoscape';
import { displayName, kindName } from './i18n/node-text';
import type { VocabularyNames } from './i18n/vocabulary-names';
import { LABEL_SHAPE, nodeColour } from './palette';

export interface NodeData {
  id: string;
  parent?: string;
  name: string;
  /** The name cut to a length that fits under a node; Cytoscape's own ellipsis measures text far too often. */
  caption: string;
  label: GraphNode['label'];
  kind: string;
  colour: string;
  shape: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
}

/**
 * The zone each municipality is drawn inside: the focus zone when it lies in it, else the first of
 * its zones in the view (in the view's node order). Zones it also lies in stay ordinary nodes
 * linked by their IN_ZONE edges, so a municipality in several zones shows them all.
 */
export function compoundParents(subgraph: Subgraph, focusZoneId: string | undefined): Map<string, string> {
  const zoneOrder = new Map<string, number>();
  subgraph.nodes.forEach((node, index) => {
    if (node.label === 'Zone') zoneOrder.set(node.id, index);
  });
  const parents = new Map<string, string>();
  for (const rel of subgraph.relationships) {
    if (rel.type !== 'IN_ZONE' || !zoneOrder.has(rel.to)) continue;
    const current = parents.get(rel.from);
    if (current === focusZoneId) continue;
    if (rel.to === focusZoneId || current === undefined || (zoneOrder.get(rel.to) ?? 0) < (zoneOrder.get(current) ?? 0)) {
      parents.set(rel.from, rel.to);
    }
  }
  return parents;
}

const CAPTION_LENGTH = 28;

function caption(name: string): string {
  return name.length <= CAPTION_LENGTH ? name : `${name.slice(0, CAPTION_LENGTH - 1).trimEnd()}…`;
}

export function nodeData(node: GraphNode, vocab: VocabularyNames, parent: string | undefined): NodeData {
  const name = displayName(node, vocab);
  return {
    id: node.id,
    ...(parent ? { parent } : {}),
    name,
    caption: caption(name),
    label: node.label,
    kind: kindName(node, vocab),
    colour: nodeColour(node),
    shape: LABEL_SHAPE[node.label],
  };
}

export function toElements(subgraph: Subgraph, focusZoneId: string | undefined, vocab: VocabularyNames): ElementDefinition[] {
  const parents = compoundParents(subgraph, focusZoneId);
  const elements: ElementDefinition[] = subgraph.nodes.map((node) => ({
    group: 'nodes',
    data: nodeData(node, vocab, parents.get(node.id)),
  }));
  for (const rel of subgraph.relationships) {
    // Containment already draws a municipality's membership of its parent zone.
    if (rel.type === 'IN_ZONE' && parents.get(rel.from) === rel.to) continue;
    const data: EdgeData = { id: rel.id, source: rel.from, target: rel.to, type: rel.type };
    elements.push({ group: 'edges', data });
  }
  return elements;
}
