// Brings a Cytoscape instance in line with a list of node definitions, touching only what differs. The edges
// are not Cytoscape's (edge-layer/view-edges.ts); `neighbours` says which nodes they join.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { styleFreshElements } from './fresh-styles';

export interface SyncResult {
  /** Nodes were added or removed, or a node changed its compound parent. */
  structureChanged: boolean;
}

function sameData(node: NodeSingular, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([key, value]) => key === 'parent' || node.data(key) === value);
}

/** Replace everything: the fast path when a different zone is opened. */
export function replaceElements(cy: Core, nodes: ElementDefinition[]): SyncResult {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodes);
  });
  styleFreshElements(cy, cy.elements());
  return { structureChanged: true };
}

/**
 * Update in place, so an expansion or a filter keeps the positions people have got used to; new
 * nodes start beside a neighbour already on screen and the layout refines from there.
 */
export function updateElements(cy: Core, nodes: ElementDefinition[], neighbours: (id: string) => readonly string[]): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of nodes) wanted.set(String(element.data.id), element);
  let structureChanged = false;

  cy.batch(() => {
    // Move children out of a parent that goes, or removing the parent would take them with it.
    const staleNodes = cy.nodes().filter((node) => !wanted.has(node.id()));
    staleNodes.children().filter((child) => wanted.has(child.id())).move({ parent: null });
    if (staleNodes.nonempty()) {
      staleNodes.remove();
      structureChanged = true;
    }

    const added: ElementDefinition[] = [];
    for (const element of nodes) {
      const existing = cy.getElementById(String(element.data.id));
      if (existing.empty()) {
        added.push(element);
        continue;
      }
      if (existing.isNode()) {
        const parent = (element.data.parent as string | undefined) ?? null;
        const currentParent = existing.parent().nonempty() ? existing.parent().first().id() : null;
        if (parent !== currentParent && (parent === null || cy.getElementById(parent).nonempty())) {
          existing.move({ parent });
          structureChanged = true;
        }
        if (!sameData(existing, element.data)) existing.data(withoutParent(element.data));
        // A measure switched off (size by degree, back to by kind) takes its key away: drop what the new data lacks.
        const stale = Object.keys(existing.data()).filter((key) => key !== 'parent' && !(key in element.data));
        if (stale.length > 0) existing.removeData(stale.join(' '));
      }
    }
    if (added.length > 0) {
      structureChanged = true;
      const fresh = cy.add(added);
      placeBesideNeighbours(cy, fresh.nodes().toArray() as NodeSingular[], neighbours);
    }
  });
  return { structureChanged };
}

function withoutParent(data: Record<string, unknown>): Record<string, unknown> {
  const { parent: _parent, ...rest } = data;
  return rest;
}

function placeBesideNeighbours(cy: Core, fresh: NodeSingular[], neighbours: (id: string) => readonly string[]): void {
  const freshIds = new Set(fresh.map((node) => node.id()));
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  fresh.forEach((node, index) => {
    const placed = neighbours(node.id())
      .map((id) => cy.getElementById(id))
      .find((other) => other.nonempty() && !freshIds.has(other.id()) && !other.isParent());
    const anchor = placed ? (placed as NodeSingular).position() : centre;
    const angle = index * 2.399963;
    const radius = 40 + 6 * Math.sqrt(index);
    node.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  });
}
