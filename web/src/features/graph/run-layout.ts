// Lays out what the canvas holds: the geographic preset on the page, every other layout in the worker;
// an answer that arrives after the elements changed again is dropped, the newer request wins. A fresh view
// whose positions are in the position cache is placed from there without computing anything.
import type { Core } from 'cytoscape';
import type { LayoutName } from '../../lib/explorer-state';
import type { Point } from './geographic-layout';
import type { LayoutNodeInput, LayoutPositions, LayoutRequest } from './layout/compute-layout';
import type { LayoutClient } from './layout/layout-client';
import { viewCacheKey, type PositionCache } from './layout/position-cache';

export interface LayoutRun {
  /** Bumped by every new run; a run whose number is no longer current leaves the canvas alone. */
  generation: number;
}

export function layoutRequest(cy: Core, name: Exclude<LayoutName, 'geographic'>, incremental: boolean): LayoutRequest {
  const nodes: LayoutNodeInput[] = cy.nodes().map((node) => {
    const parent = node.parent();
    return {
      id: node.id(),
      label: String(node.data('label')),
      ...(parent.nonempty() ? { parent: parent.first().id() } : {}),
      ...(incremental && !node.isParent() ? { position: { ...node.position() } } : {}),
    };
  });
  const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
  return { name, nodes, edges, incremental };
}

function applyPositions(cy: Core, positions: ReadonlyMap<string, Point> | LayoutPositions): void {
  const lookup = positions instanceof Map ? (id: string) => positions.get(id) : (id: string) => (positions as LayoutPositions)[id];
  cy.batch(() => {
    cy.nodes()
      .not(':parent')
      .forEach((node) => {
        const position = lookup(node.id());
        if (position) node.position({ x: position.x, y: position.y });
      });
  });
}

export interface RunLayoutOptions {
  cy: Core;
  name: LayoutName;
  incremental: boolean;
  client: LayoutClient;
  run: LayoutRun;
  geographicPositions: (cy: Core) => ReadonlyMap<string, Point> | undefined;
  /** Positions of views laid out before (layout/position-cache.ts); none where the browser keeps nothing. */
  cache: PositionCache | undefined;
  /** Called once the positions are on the canvas; `cached` when they came from the cache. */
  done: (cached: boolean) => void;
  failed: (error: Error) => void;
}

/** The cache's key for what the canvas holds under a layout, and the nodes a stored entry must cover. */
function cacheKeyOf(cy: Core, name: LayoutName): { key: string; nodeIds: string[] } {
  const nodes = cy.nodes().map((node) => {
    const parent = node.parent();
    return { id: node.id(), ...(parent.nonempty() ? { parent: parent.first().id() } : {}) };
  });
  const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  const nodeIds = cy.nodes().not(':parent').map((node) => node.id());
  return { key: viewCacheKey(name, { nodes, edges }), nodeIds };
}

function placedPositions(cy: Core): LayoutPositions {
  const positions: LayoutPositions = {};
  cy.nodes()
    .not(':parent')
    .forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
  return positions;
}

export function runLayout(options: RunLayoutOptions): void {
  const { cy, name, run, cache } = options;
  const generation = ++run.generation;
  if (cy.nodes().empty()) {
    options.done(false);
    return;
  }
  // An expansion refines the positions on screen: only a fresh placement is worth keeping or reusing.
  const cached = cache && !options.incremental ? cacheKeyOf(cy, name) : undefined;
  if (cache && cached) {
    const positions = cache.get(cached.key, cached.nodeIds);
    if (positions) {
      applyPositions(cy, positions);
      options.done(true);
      return;
    }
  }
  const keep = () => {
    if (cache && cached) cache.set(cached.key, placedPositions(cy));
  };
  if (name === 'geographic') {
    const positions = options.geographicPositions(cy);
    if (positions) {
      applyPositions(cy, positions);
      keep();
    }
    options.done(false);
    return;
  }
  options.client
    .layout(layoutRequest(cy, name, options.incremental))
    .then((positions) => {
      if (generation !== run.generation || cy.destroyed()) return;
      applyPositions(cy, positions);
      keep();
      options.done(false);
    })
    .catch((error: unknown) => {
      if (generation !== run.generation || cy.destroyed()) return;
      options.failed(error instanceof Error ? error : new Error(String(error)));
    });
}
