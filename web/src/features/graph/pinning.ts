// Pinned nodes on the canvas: put them where they were pinned, mark them, and let only what may be pinned be dragged.
import type { Core } from 'cytoscape';
import { MAX_PINS, type Pin } from '../../lib/pins';

export const PINNED_CLASS = 'pinned';

/**
 * Move every pinned node in the view to its pin and mark it; nodes no longer pinned lose the mark and, when the
 * last layout placed them, go back to that place. Compound parents follow their children and are never dragged
 * (a zone's box moved by hand would move a hundred nodes no pin records). At MAX_PINS only pinned nodes can be
 * dragged, so nothing is moved that the address could not keep.
 */
export function applyPins(cy: Core, pins: readonly Pin[], laidOut: ReadonlyMap<string, { x: number; y: number }>): void {
  const pinned = new Map(pins.map((pin) => [pin.id, pin]));
  cy.batch(() => {
    cy.nodes(`.${PINNED_CLASS}`).forEach((node) => {
      if (pinned.has(node.id())) return;
      node.removeClass(PINNED_CLASS);
      const place = laidOut.get(node.id());
      if (place) node.position({ x: place.x, y: place.y });
    });
    for (const pin of pins) {
      const node = cy.getElementById(pin.id);
      if (node.empty() || node.isParent()) continue;
      node.position({ x: pin.x, y: pin.y });
      node.addClass(PINNED_CLASS);
    }
    cy.nodes(':parent').ungrabify();
    const leaves = cy.nodes().not(':parent');
    leaves.grabify();
    if (pins.length >= MAX_PINS) leaves.not(`.${PINNED_CLASS}`).ungrabify();
  });
}

/** Where the layout put each node, so an unpinned node can go back there. */
export function laidOutPositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes()
    .not(':parent')
    .forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
  return positions;
}
