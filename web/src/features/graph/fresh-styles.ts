// Works out the style of elements just added, before anything asks for it one element at a time.
// Cytoscape computes an element's style when first needed (the fit's bounding box, the first frame), and in a
// graph with compound nodes (a zone drawn around its municipalities) every property it sets on every element
// also marks the style caches of that element's parents, descendants and connected edges stale, building
// four collections to do so: for Bruzel's 2,000 elements that bookkeeping doubled the time of the styles
// themselves. For elements styled together for the first time it is redundant (their caches are empty), so
// it is skipped while they are styled, and once afterwards all their caches are marked stale together, so
// nothing worked out meanwhile from a relative not yet styled can outlive the pass.
import type { Collection, Core } from 'cytoscape';

/** Cytoscape's own, not in its type definitions: whether any node is a parent, and the cache invalidation. */
type CoreWithCompounds = Core & { hasCompoundNodes: () => boolean };
type CollectionWithCaches = Collection & { dirtyStyleCache: () => Collection };

export function styleFreshElements(cy: Core, elements: Collection): void {
  const core = cy as CoreWithCompounds;
  const hasCompoundNodes = core.hasCompoundNodes;
  core.hasCompoundNodes = () => false;
  try {
    elements.forEach((element) => void element.style('display'));
  } finally {
    core.hasCompoundNodes = hasCompoundNodes;
  }
  (elements as CollectionWithCaches).dirtyStyleCache();
}
