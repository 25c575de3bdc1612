// What a layout is asked for and answers, and the seed that makes it the same on every load: apart from the
// layout code itself (compute-layout.ts, Cytoscape and fcose), which only the worker loads.
import type { LayoutName } from '../../../lib/explorer-state';
import type { Point } from '../geographic-layout';
import { hashText } from './seeded-random';

/** The geographic layout is a preset computed from centroids on the page; every other one runs here. */
export type ComputedLayoutName = Exclude<LayoutName, 'geographic'>;

export interface LayoutNodeInput {
  id: string;
  label: string;
  parent?: string;
  /** Where the node is now: the starting point of an incremental layout. */
  position?: Point;
}

export interface LayoutEdgeInput {
  id: string;
  source: string;
  target: string;
}

export interface LayoutRequest {
  name: ComputedLayoutName;
  nodes: readonly LayoutNodeInput[];
  edges: readonly LayoutEdgeInput[];
  /** Refine the given positions (after an expansion) instead of starting afresh. */
  incremental: boolean;
}

export type LayoutPositions = Record<string, Point>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A seed that depends only on the layout's name and the set of elements, not on their order. */
export function layoutSeed(request: LayoutRequest): number {
  let seed = hashText(request.name);
  for (const node of [...request.nodes].sort(byId)) seed = hashText(node.id, seed);
  return seed;
}
