// Applies imported graph content to an existing graph: an upsert by id, or a full replacement.
import { OWNED_RELATIONSHIPS } from '../domain/owned-relationships';
import type { GraphContent } from './dataset-to-graph';
import { addNode, createGraph, putRelationship, type KnooppuntGraph } from './knooppunt-graph';

/**
 * Returns a new graph and leaves `current` untouched, so a failure later in the import (say, while
 * persisting) keeps the previous data exactly as it was.
 * Upsert: nodes are replaced by id with the row's properties, and the relationships that row defines
 * are replaced too; relationships from relationship files are added or updated by id. Nothing else is
 * removed. Replace: the result holds exactly the imported content.
 */
export function applyImport(current: KnooppuntGraph, content: GraphContent, replace: boolean): KnooppuntGraph {
  // Copying costs about as much as building; an empty graph has nothing to keep, so skip it.
  const fresh = replace || current.order === 0;
  const next = fresh ? createGraph() : current.copy();
  if (fresh) {
    for (const node of content.nodes) next.addNode(node.id, { label: node.label, properties: node.properties });
    for (const r of content.relationships) next.addDirectedEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: r.properties });
    return next;
  }
  for (const node of content.nodes) {
    if (next.hasNode(node.id)) {
      next.replaceNodeAttributes(node.id, { label: node.label, properties: node.properties });
      dropOwnedRelationships(next, node.id);
    } else {
      addNode(next, node);
    }
  }
  for (const relationship of content.relationships) putRelationship(next, relationship);
  return next;
}

function dropOwnedRelationships(graph: KnooppuntGraph, node: string): void {
  const owned = OWNED_RELATIONSHIPS[graph.getNodeAttribute(node, 'label')];
  if (owned.length === 0) return;
  const doomed: string[] = [];
  for (const { type, direction } of owned) {
    const collect = (edge: string, attributes: { type: string }) => {
      if (attributes.type === type) doomed.push(edge);
    };
    if (direction === 'out') graph.forEachOutEdge(node, collect);
    else graph.forEachInEdge(node, collect);
  }
  for (const edge of doomed) graph.dropEdge(edge);
}
