// Splits off the leaves of a view before a force layout and places them afterwards.
// Half of a zone's nodes hang off a single neighbour or off nothing; leaving them out of fcose
// roughly quarters its work (repulsion is quadratic), and fans around their neighbour read better anyway.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

const FAN_START = 64;
const RING_GAP = 22;
const LEAF_SPACING = 21;
const GRID_SPACING = 26;

/** Nodes outside any compound, not compounds themselves, with at most one edge. */
export function leafNodes(cy: Core): NodeCollection {
  return cy.nodes().filter((node) => !node.isParent() && !node.isChild() && node.degree(false) <= 1);
}

/**
 * Fan each group of leaves out from their shared neighbour, on half rings facing away from the
 * middle of the graph; isolated nodes go in a tidy block to the right of everything else.
 */
export function placeLeaves(cy: Core, leaves: NodeCollection): void {
  const core = cy.nodes().difference(leaves);
  const box = core.nonempty() ? core.boundingBox({ includeLabels: false }) : { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const byAnchor = new Map<string, NodeSingular[]>();
  const isolated: NodeSingular[] = [];

  leaves.forEach((leaf) => {
    const neighbour = leaf.neighborhood().nodes().first();
    if (neighbour.empty() || leaves.contains(neighbour)) isolated.push(leaf);
    else (byAnchor.get(neighbour.id()) ?? byAnchor.set(neighbour.id(), []).get(neighbour.id()))?.push(leaf);
  });

  cy.batch(() => {
    for (const [anchorId, group] of byAnchor) {
      const anchor = cy.getElementById(anchorId).position();
      const dx = anchor.x - centre.x;
      const dy = anchor.y - centre.y;
      const atCentre = Math.hypot(dx, dy) < 1;
      const outward = atCentre ? 0 : Math.atan2(dy, dx);
      const spread = atCentre ? 2 * Math.PI : Math.PI;
      group.sort((a, b) => a.id().localeCompare(b.id()));
      let placed = 0;
      for (let ring = 0; placed < group.length; ring++) {
        const radius = FAN_START + ring * RING_GAP;
        const capacity = Math.max(1, Math.floor((spread * radius) / LEAF_SPACING));
        const count = Math.min(capacity, group.length - placed);
        for (let i = 0; i < count; i++) {
          const angle = outward + (count === 1 ? 0 : spread * ((i + 0.5) / count - 0.5));
          group[placed + i]?.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
        }
        placed += count;
      }
    }
    if (isolated.length === 0) return;
    const isolatedIds = new Set(isolated.map((node) => node.id()));
    const placedBox = cy
      .nodes()
      .filter((node) => !isolatedIds.has(node.id()))
      .boundingBox({ includeLabels: false });
    const columns = Math.ceil(Math.sqrt(isolated.length));
    isolated
      .sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))))
      .forEach((node, index) => {
        node.position({
          x: (core.nonempty() ? placedBox.x2 + 70 : 0) + (index % columns) * GRID_SPACING,
          y: (core.nonempty() ? placedBox.y1 : 0) + Math.floor(index / columns) * GRID_SPACING,
        });
      });
  });
}
