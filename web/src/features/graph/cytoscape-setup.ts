// One Cytoscape with the fcose extension, and the handle end-to-end tests and benchmarks reach through.
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStylesheet } from './graph-stylesheet';

cytoscape.use(fcose);

export interface KnooppuntHandle {
  cy: Core;
  /** performance.now() when the last layout finished: with a fresh page, the time since navigation. */
  readyAt?: number;
  /** How long the last layout took, in milliseconds. */
  layoutMs?: number;
  /** Whether the last layout's positions came from the position cache (layout/position-cache.ts). */
  layoutCached?: boolean;
  /** performance.now() when the whole-graph view last had its detail level's data, and when it had drawn it. */
  detailFetchedAt?: number;
  detailDrawnAt?: number;
  /** When the detail's elements were built and when Cytoscape had added them: where the first draw's time goes. */
  detailSteps?: { built: number; added: number };
}

declare global {
  interface Window {
    __knooppunt?: KnooppuntHandle;
  }
}

/** `renderer` tunes the renderer for views far bigger than a zone (the whole-graph view's detail level). */
export function createCytoscape(container: HTMLElement, renderer: Partial<CytoscapeOptions> = {}): Core {
  const cy = cytoscape({
    container,
    style: graphStylesheet,
    elements: [],
    minZoom: 0.04,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Interactive while panning and zooming: edges vanish and the scene moves as a bitmap.
    hideEdgesOnViewport: true,
    textureOnViewport: false,
    motionBlur: false,
    ...renderer,
  });
  window.__knooppunt = { cy };
  return cy;
}
