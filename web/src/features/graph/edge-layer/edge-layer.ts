// The edge layer's glue: a canvas of its own under Cytoscape's, in the same model coordinates, that draws a
// zone's or municipality's edges and the compound box under them. Cytoscape keeps every edge, with its data,
// classes and style (the stylesheet still says how each looks), but does not draw them (`display: none`):
// stroking and filling each of Bruzel's 1,192 edges on its own was half of Cytoscape's first frame (~0.12 s
// of ~0.25 s); drawn here in one path per look it takes a few milliseconds. Cytoscape draws the nodes above.
import type { Core, NodeSingular } from 'cytoscape';
import { COMPOUND_FILL } from '../graph-stylesheet';
import { outlineOf, type EndNode } from './edge-geometry';
import { drawEdgeScene, type EdgeDrawStats, type LayerView } from './edge-draw';
import { buildEdgeScene, type CompoundBox, type EdgeDescription, type LineStyle } from './edge-scene';

/** After the last viewport change of a gesture, this long without another before the layer draws afresh. */
const SETTLE_MS = 90;

export interface EdgeLayerProbe {
  /** What the last draw drew, and how long building and drawing its scene took (ms). */
  lastDraw(): (EdgeDrawStats & { ms: number }) | undefined;
  /** How many times the layer has drawn. */
  draws(): number;
}

export interface EdgeLayer {
  /**
   * Draws now, at the current viewport and positions. The owner calls it whenever a layout has placed the
   * view (elements added or removed): the view's first frame must not wait for a later one.
   */
  drawNow(): void;
  probe: EdgeLayerProbe;
  destroy(): void;
}

export interface EdgeLayerOptions {
  /** While true (a fresh view waiting unseen for its positions) changes are not drawn; `drawNow` still draws. */
  paused: () => boolean;
}

/** Cytoscape gives colours as [r, g, b]; the same few colours recur, so each string is made once. */
const colourStrings = new Map<string, string>();
function colourOf(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  const key = value.join(',');
  let colour = colourStrings.get(key);
  if (colour === undefined) {
    colour = `rgb(${key})`;
    colourStrings.set(key, colour);
  }
  return colour;
}

const isHidden = (node: NodeSingular) => node.numericStyle('display') === 'none';

function endNode(node: NodeSingular): EndNode {
  const { x, y } = node.position();
  return { x, y, halfWidth: node.outerWidth() / 2, halfHeight: node.outerHeight() / 2, outline: outlineOf(String(node.numericStyle('shape'))) };
}

/** Every edge with both ends shown, as its Cytoscape style says it looks. */
function describeEdges(cy: Core): EdgeDescription[] {
  const ends = new Map<string, EndNode | null>();
  const end = (node: NodeSingular) => {
    let found = ends.get(node.id());
    if (found === undefined) {
      found = isHidden(node) ? null : endNode(node);
      ends.set(node.id(), found);
    }
    return found;
  };
  const edges: EdgeDescription[] = [];
  cy.edges().forEach((edge) => {
    const source = end(edge.source());
    const target = end(edge.target());
    if (!source || !target) return;
    const dash = edge.numericStyle('line-dash-pattern') as unknown;
    edges.push({
      source,
      target,
      colour: colourOf(edge.numericStyle('line-color')),
      width: Number(edge.numericStyle('width')),
      opacity: Number(edge.numericStyle('opacity')),
      line: edge.numericStyle('line-style') as LineStyle,
      dash: Array.isArray(dash) ? dash.map(Number) : [],
      z: Number(edge.numericStyle('z-index')),
      arrowScale: edge.numericStyle('target-arrow-shape') === 'none' ? 0 : Number(edge.numericStyle('arrow-scale')),
    });
  });
  return edges;
}

/** Compound nodes' bodies, filled as the stylesheet's COMPOUND_FILL says (Cytoscape draws only their border). */
function describeBoxes(cy: Core): CompoundBox[] {
  const boxes: CompoundBox[] = [];
  cy.nodes().forEach((node) => {
    if (!node.isParent() || isHidden(node)) return;
    // The body from the compound's own size (kept by Cytoscape as its children move), not its bounding box,
    // which would measure every child's name again.
    const { x, y } = node.position();
    const halfWidth = node.outerWidth() / 2;
    const halfHeight = node.outerHeight() / 2;
    const opacity = node.selected() ? COMPOUND_FILL.selectedOpacity : COMPOUND_FILL.opacity;
    boxes.push({ x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight, colour: COMPOUND_FILL.colour, opacity: opacity * Number(node.numericStyle('opacity')) });
  });
  return boxes;
}

/** Creates the layer's canvas as the first child of Cytoscape's container, so Cytoscape's canvases lie above it. */
export function createEdgeLayer(cy: Core, container: HTMLElement, options: EdgeLayerOptions): EdgeLayer {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-edge-layer';
  // Decorative for assistive technology: the container's aria-label describes the view.
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;transform-origin:0 0;';
  container.insertBefore(canvas, container.firstChild);
  const context = canvas.getContext('2d');

  let drawnAt: LayerView | undefined;
  let stats: (EdgeDrawStats & { ms: number }) | undefined;
  let draws = 0;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const viewport = (): LayerView => ({
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    width: cy.width(),
    height: cy.height(),
    pixelRatio: window.devicePixelRatio || 1,
  });

  const drawNow = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settle);
    settle = undefined;
    const view = viewport();
    const width = Math.round(view.width * view.pixelRatio);
    const height = Math.round(view.height * view.pixelRatio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${view.width}px`;
      canvas.style.height = `${view.height}px`;
    }
    canvas.style.transform = '';
    drawnAt = view;
    if (!context) return;
    const started = performance.now();
    const scene = buildEdgeScene(describeBoxes(cy), describeEdges(cy));
    stats = { ...drawEdgeScene(context, scene, view), ms: performance.now() - started };
    draws++;
  };

  /** Many changes in one frame (a layout moving hundreds of nodes, a selection restyling them) make one draw. */
  const requestDraw = () => {
    if (frame !== 0 || settle !== undefined || options.paused()) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!options.paused()) drawNow();
    });
  };

  // During a gesture the last frame moves as a bitmap (as the whole-graph view's detail layer does); it is
  // drawn afresh once the viewport settles.
  const onViewport = () => {
    if (!drawnAt) return;
    const { zoom, pan } = viewport();
    const scale = zoom / drawnAt.zoom;
    canvas.style.transform = `translate(${pan.x - drawnAt.pan.x * scale}px, ${pan.y - drawnAt.pan.y * scale}px) scale(${scale})`;
    cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      drawNow();
    }, SETTLE_MS);
  };

  // What moves an edge's ends (a drag, pins, a node's size in its data) or changes how an edge or a compound
  // looks (a selection's classes, finding markers). Not Cytoscape's per-element add, remove and style events:
  // thousands of calls while a view is built, which its owner follows with `drawNow` after the layout (and the
  // place names' restyling on every zoom, which moves no edge). During a gesture a change waits for it to settle.
  const onChange = () => requestDraw();
  const changes = 'position class data select unselect';
  cy.on(changes, onChange);
  cy.on('viewport', onViewport);
  cy.on('resize', drawNow);

  return {
    drawNow,
    probe: { lastDraw: () => stats, draws: () => draws },
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      cy.off(changes, onChange);
      cy.off('viewport', onViewport);
      cy.off('resize', drawNow);
      canvas.remove();
    },
  };
}
