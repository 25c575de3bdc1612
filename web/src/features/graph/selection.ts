// Marks the selected node and its direct neighbourhood, fading the rest so its ties stand out. The edges are
// not Cytoscape's (edge-layer/): `neighbours` says which nodes they join, and the layer fades them itself.
import type { Core, SingularElementArgument } from 'cytoscape';

export function highlightSelection(cy: Core, selectedId: string | undefined, neighbours: (id: string) => readonly string[], reveal = false): void {
  cy.batch(() => {
    const node = selectedId ? cy.getElementById(selectedId) : cy.collection();
    const near = new Set<string>();
    if (node.nonempty()) {
      near.add(node.id());
      for (const id of neighbours(node.id())) near.add(id);
      node.ancestors().union(node.descendants()).forEach((element) => {
        near.add(element.id());
      });
    }
    // Only elements whose class changes: a class change restyles the element, and clearing every class and
    // setting it again restyled a view of thousands of elements twice on every expansion. Filters with a
    // set, since Cytoscape's collection difference (`not`) cost more than the restyling it saved.
    const isNear = (element: SingularElementArgument) => near.has(element.id());
    const shouldFade = (element: SingularElementArgument) => node.nonempty() && !isNear(element);
    const all = cy.elements();
    all.filter((element) => element.hasClass('highlighted') && !isNear(element)).removeClass('highlighted');
    all.filter((element) => element.hasClass('faded') && !shouldFade(element)).removeClass('faded');
    all.filter((element) => isNear(element) && !element.hasClass('highlighted')).addClass('highlighted');
    all.filter((element) => shouldFade(element) && !element.hasClass('faded')).addClass('faded');
    cy.$(':selected').forEach((element) => {
      if (element.id() !== selectedId) element.unselect();
    });
    if (node.nonempty() && !node.selected()) node.select();
  });
  if (!reveal) return;
  const node = cy.getElementById(selectedId ?? '');
  if (node.empty()) return;
  const box = node.renderedBoundingBox();
  const outside = box.x2 < 0 || box.y2 < 0 || box.x1 > cy.width() || box.y1 > cy.height();
  if (outside) cy.center(node);
}
