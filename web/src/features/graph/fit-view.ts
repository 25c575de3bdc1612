// Fits the view to the graph, names included, measuring labels only where that stays cheap.
import type { Collection, Core } from 'cytoscape';

const FIT_PADDING = 36;
/**
 * Up to this many elements the box includes every drawn name (a municipality's long name on the left edge
 * was cut off when only node shapes counted); above it, measuring each label costs more than a frame and
 * a margin of half a caption's width stands in for them.
 */
const MEASURED_LABELS_LIMIT = 4000;
const CAPTION_MARGIN = 90;

/**
 * Fit the whole graph, or only `elements` (a finding's nodes), never zooming in further than
 * `maxZoom` so a single node keeps its surroundings in sight.
 */
export function fitView(cy: Core, elements?: Collection, maxZoom = cy.maxZoom()): void {
  const target = elements ?? cy.elements();
  if (target.nodes().empty() || cy.width() === 0 || cy.height() === 0) return;
  // Names too small to draw at one zoom do not count in Cytoscape's box; at the zoom of the fit they may
  // appear and stick out. A second pass at the new zoom takes them in.
  fitOnce(cy, target, maxZoom);
  fitOnce(cy, target, maxZoom);
  fittedViewports.set(cy, viewportOf(cy));
}

/** Where each canvas was when it was last fitted. */
const fittedViewports = new WeakMap<Core, string>();
const viewportOf = (cy: Core) => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}`;

/**
 * Whether the view is where its last fit put it, so nobody has panned or zoomed since: the page around it may
 * then change the canvas's size (a notice or a legend arriving after the graph) and the view be fitted again.
 */
export function stillAsFitted(cy: Core): boolean {
  return fittedViewports.get(cy) === viewportOf(cy);
}

/** The box of the nodes, names included or a margin for them: what a person needs to see of the view. */
function viewBox(target: Collection): { x1: number; x2: number; y1: number; y2: number; w: number; h: number } {
  // Edges only run between nodes, so they add nothing to the box; measuring them meant projecting every
  // edge's end points and control points, most of the fit's cost on a view of thousands of edges.
  const nodes = target.nodes();
  if (nodes.length <= MEASURED_LABELS_LIMIT) return nodes.boundingBox({ includeLabels: true, includeOverlays: false });
  const shapes = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1: shapes.x1 - CAPTION_MARGIN, x2: shapes.x2 + CAPTION_MARGIN, y1: shapes.y1, y2: shapes.y2 + 16, w: shapes.w + 2 * CAPTION_MARGIN, h: shapes.h + 16 };
}

function fitOnce(cy: Core, target: Collection, maxZoom: number): void {
  const box = viewBox(target);
  const width = Math.max(box.w, 1);
  const height = Math.max(box.h, 1);
  const zoom = Math.min(
    maxZoom,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((cy.width() - 2 * FIT_PADDING) / width, (cy.height() - 2 * FIT_PADDING) / height)),
  );
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 },
  });
}
