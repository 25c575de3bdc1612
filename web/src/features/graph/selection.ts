// Marks the selected node and its direct neighbourhood, fading the rest so its ties stand out.
import type { Core } from 'cytoscape';

export function highlightSelection(cy: Core, selectedId: string | undefined, reveal = false): void {
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted');
    cy.$(':selected').unselect();
    if (!selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    node.select();
    const near = node.closedNeighborhood().union(node.ancestors()).union(node.descendants());
    near.addClass('highlighted');
    cy.elements().not(near).addClass('faded');
  });
  if (!reveal) return;
  const node = cy.getElementById(selectedId ?? '');
  if (node.empty()) return;
  const box = node.renderedBoundingBox();
  const outside = box.x2 < 0 || box.y2 < 0 || box.x1 > cy.width() || box.y1 > cy.height();
  if (outside) cy.center(node);
}
