// Works out the style of elements just added, before anything asks for it one element at a time.
// Cytoscape computes an element's style when first needed (the fit's bounding box, the first frame), and for
// every property it sets on an element it runs triggers meant for a style that changes on a live element:
// in a graph with compound nodes (a zone drawn around its municipalities) it marks the style caches of the
// element's parents, descendants and connected edges stale (four collections built per property), and for
// each property that can move a boundary it clears the element's bounding box and tells every listener so,
// builds the collection of a node's edges to clear theirs, and asks the renderer to sort the z-order again.
// For Bruzel's 2,000 elements that bookkeeping took longer than the styles themselves. For elements styled
// together for the first time it is redundant (none of those caches hold anything yet), so while they are
// styled each property only clears the element's own style cache, and once afterwards everything the triggers
// would have touched is marked stale together, so nothing worked out meanwhile from a relative not yet styled
// can outlive the pass.
import type { Collection, Core } from 'cytoscape';

/** Cytoscape's own, not in its type definitions: whether any node is a parent, its triggers, the cache invalidation. */
type CoreWithInternals = Core & {
  hasCompoundNodes: () => boolean;
  notify: (event: string, elements?: Collection) => void;
};
/** The stylesheet's triggers, run for every property applied to an element. */
interface StyleWithTriggers {
  checkTriggers?: (element: CollectionWithCaches) => void;
}
type CollectionWithCaches = Collection & {
  dirtyStyleCache: () => Collection;
  dirtyCompoundBoundsCache: () => Collection;
  dirtyBoundingBoxCache: () => Collection;
};

export function styleFreshElements(cy: Core, elements: Collection): void {
  const core = cy as CoreWithInternals;
  const style = core.style() as unknown as StyleWithTriggers;
  const hasCompoundNodes = core.hasCompoundNodes;
  core.hasCompoundNodes = () => false;
  // An own property in front of the stylesheet's method, taken away again below.
  style.checkTriggers = (element) => void element.dirtyStyleCache();
  try {
    elements.forEach((element) => void element.style('display'));
  } finally {
    delete style.checkTriggers;
    core.hasCompoundNodes = hasCompoundNodes;
  }
  // Cytoscape holds only nodes here (a view's edges are the edge layer's): their own bounds are all a fresh
  // style can move.
  const fresh = elements as CollectionWithCaches;
  fresh.dirtyStyleCache();
  fresh.dirtyCompoundBoundsCache();
  fresh.dirtyBoundingBoxCache();
  core.notify('zorder', fresh);
}
