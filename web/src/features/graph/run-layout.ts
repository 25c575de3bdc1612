// Lays out what the canvas holds: the geographic preset on the page, every other layout in the worker;
// an answer that arrives after the elements changed again is dropped, the newer request wins. A fresh view
// whose positions are in the position cache is placed from there without computing anything. The nodes are
// Cytoscape's, the edges the view's own (edge-layer/view-edges.ts).
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../../lib/explorer-state';
import type { Point } from './geographic-layout';
import type { LayoutEdgeInput, LayoutNodeInput, LayoutPositions, LayoutRequest } from './layout/compute-layout';
import type { LayoutClient } from './layout/layout-client';
import { viewCacheKey, type PositionCache, type ViewContent } from './layout/position-cache';
import type { ViewEdge } from './edge-layer/view-edges';

export interface LayoutRun {
  /** Bumped by every new run; a run whose number is no longer current leaves the canvas alone. */
  generation: number;
}

export function layoutRequest(cy: Core, viewEdges: readonly ViewEdge[], name: Exclude<LayoutName, 'geographic'>, incremental: boolean): LayoutRequest {
  const nodes: LayoutNodeInput[] = cy.nodes().map((node) => {
    const parent = node.parent();
    return {
      id: node.id(),
      label: String(node.data('label')),
      ...(parent.nonempty() ? { parent: parent.first().id() } : {}),
      ...(incremental && !node.isParent() ? { position: { ...node.position() } } : {}),
    };
  });
  const edges = viewEdges.map(({ id, source, target }) => ({ id, source, target }));
  return { name, nodes, edges, incremental };
}

/**
 * The request for a fresh placement of `elements`, read from the definitions the canvas is about to hold,
 * so the worker can start while Cytoscape is still adding them: what layoutRequest(cy, edges, name, false) gives
 * once they are on the canvas.
 */
export function freshLayoutRequest(elements: readonly ElementDefinition[], name: Exclude<LayoutName, 'geographic'>): LayoutRequest {
  const nodes: LayoutNodeInput[] = [];
  const edges: LayoutEdgeInput[] = [];
  for (const element of elements) {
    const data = element.data;
    if (data.source !== undefined && data.target !== undefined) {
      edges.push({ id: String(data.id), source: String(data.source), target: String(data.target) });
    } else {
      nodes.push({ id: String(data.id), label: String(data.label), ...(data.parent ? { parent: String(data.parent) } : {}) });
    }
  }
  return { name, nodes, edges, incremental: false };
}

/**
 * Sends a fresh placement to the worker before the elements are on the canvas, unless the position cache
 * already has it or the layout is computed on the page (geographic); runLayout then waits for this answer.
 */
export function startFreshLayout(
  client: LayoutClient,
  elements: readonly ElementDefinition[],
  name: LayoutName,
  cache: PositionCache | undefined,
): Promise<LayoutPositions> | undefined {
  if (name === 'geographic') return undefined;
  const request = freshLayoutRequest(elements, name);
  if (cache) {
    const { key, nodeIds } = cacheEntryOf(name, request.nodes, request.edges);
    if (cache.get(key, nodeIds)) return undefined;
  }
  return client.layout(request);
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
  /** The view's edges (not Cytoscape's). */
  edges: readonly ViewEdge[];
  name: LayoutName;
  incremental: boolean;
  client: LayoutClient;
  run: LayoutRun;
  geographicPositions: (cy: Core, edges: readonly ViewEdge[]) => ReadonlyMap<string, Point> | undefined;
  /** Positions of views laid out before (layout/position-cache.ts); none where the browser keeps nothing. */
  cache: PositionCache | undefined;
  /** The worker's answer for this fresh placement, asked for before the elements were drawn (startFreshLayout). */
  started?: Promise<LayoutPositions>;
  /** Called once the positions are on the canvas; `cached` when they came from the cache. */
  done: (cached: boolean) => void;
  failed: (error: Error) => void;
}

/** The cache's key for a view under a layout, and the nodes a stored entry must cover (those that are no parent). */
function cacheEntryOf(name: LayoutName, nodes: ViewContent['nodes'], edges: ViewContent['edges']): { key: string; nodeIds: string[] } {
  const parents = new Set(nodes.flatMap((node) => (node.parent ? [node.parent] : [])));
  const view = { nodes: nodes.map(({ id, parent }) => (parent ? { id, parent } : { id })), edges: edges.map(({ source, target }) => ({ source, target })) };
  return { key: viewCacheKey(name, view), nodeIds: nodes.filter((node) => !parents.has(node.id)).map((node) => node.id) };
}

/** The cache entry for what the canvas holds: the one startFreshLayout reads from the definitions. */
function cacheKeyOf(cy: Core, viewEdges: readonly ViewEdge[], name: LayoutName): { key: string; nodeIds: string[] } {
  const nodes = cy.nodes().map((node) => {
    const parent = node.parent();
    return { id: node.id(), ...(parent.nonempty() ? { parent: parent.first().id() } : {}) };
  });
  return cacheEntryOf(name, nodes, viewEdges);
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
  const cached = cache && !options.incremental ? cacheKeyOf(cy, options.edges, name) : undefined;
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
    const positions = options.geographicPositions(cy, options.edges);
    if (positions) {
      applyPositions(cy, positions);
      keep();
    }
    options.done(false);
    return;
  }
  (options.started ?? options.client.layout(layoutRequest(cy, options.edges, name, options.incremental)))
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
