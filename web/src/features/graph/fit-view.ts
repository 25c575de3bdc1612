// Fits the view to the graph without measuring every label, which Cytoscape's own fit() would do first.
import type { Collection, Core } from 'cytoscape';

const FIT_PADDING = 36;

/**
 * Fit the whole graph, or only `elements` (a finding's nodes), never zooming in further than
 * `maxZoom` so a single node keeps its surroundings in sight.
 */
export function fitView(cy: Core, elements?: Collection, maxZoom = cy.maxZoom()): void {
  const target = elements ?? cy.elements();
  if (target.empty() || cy.width() === 0 || cy.height() === 0) return;
  const box = target.boundingBox({ includeLabels: false, includeOverlays: false });
  // Labels hang below nodes; leave them a little more room at the bottom.
  const width = Math.max(box.w, 1);
  const height = Math.max(box.h, 1) + 16;
  const zoom = Math.min(
    maxZoom,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((cy.width() - 2 * FIT_PADDING) / width, (cy.height() - 2 * FIT_PADDING) / height)),
  );
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2 + 16)) / 2 },
  });
}
