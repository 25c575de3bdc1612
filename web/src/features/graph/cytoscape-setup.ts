// One Cytoscape, shown to the test hooks (lib/test-hooks.ts) when they are installed. Force layouts run in
// the layout worker (layout/compute-layout.ts registers fcose there), so the page does not load fcose.
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import { exposeCytoscape } from '../../lib/test-hooks';
import { graphStylesheet } from './graph-stylesheet';

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
    // Interactive while panning and zooming: Cytoscape's own edges (the whole-graph view's links; a zone's
    // edges are the edge layer's) vanish while the view moves.
    hideEdgesOnViewport: true,
    textureOnViewport: false,
    motionBlur: false,
    ...renderer,
  });
  exposeCytoscape(cy);
  return cy;
}
