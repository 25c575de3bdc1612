// The edge layer's glue: a canvas of its own under Cytoscape's, in the same model coordinates, that draws a
// zone's or municipality's edges and the compound box under them. Cytoscape holds only the nodes and draws
// them above; the edges live here (view-edges.ts) with their looks (edge-look.ts). Adding, styling and
// drawing Bruzel's 1,192 edges one by one was ~0.25 s of Cytoscape's first view; drawn here in one path per
// look they take a few milliseconds, and the nodes' places and sizes are read off Cytoscape at each draw.
import type { Core, NodeSingular } from 'cytoscape';
import type { DrawnEdge } from '../../export/graph-svg';
import { COMPOUND_FILL } from '../graph-stylesheet';
import { bitmapTransform, createUnderlayCanvas } from '../underlay-canvas';
import { arrowLength, edgeSegment, outlineOf, type EndNode } from './edge-geometry';
import { drawEdgeScene, type EdgeDrawStats, type LayerView } from './edge-draw';
import { edgeLook, emphasisOf, NO_EMPHASIS, type EdgeLookWithArrow, type ViewEmphasis } from './edge-look';
import { buildEdgeScene, type CompoundBox, type EdgeDescription } from './edge-scene';
import { NO_EDGES, type ViewEdge, type ViewEdges } from './view-edges';

/** After the last viewport change of a gesture, this long without another before the layer draws afresh. */
const SETTLE_MS = 90;

export interface EdgeLayerProbe {
  /** What the last draw drew, and how long building and drawing its scene took (ms). */
  lastDraw(): (EdgeDrawStats & { ms: number }) | undefined;
  /** How many times the layer has drawn. */
  draws(): number;
  /** The edges the layer holds. */
  edges(): readonly ViewEdge[];
  /** An edge's look now, and where it runs (outline to outline, model units); undefined for an unknown id or ends that overlap. */
  edge(id: string): (EdgeLookWithArrow & { from: { x: number; y: number }; to: { x: number; y: number } }) | undefined;
}

export interface EdgeLayer {
  /** The view's edges: drawn at the next frame, or by `drawNow`. */
  setEdges(edges: ViewEdges): void;
  /** What the view emphasises (a selection, a finding's nodes): drawn at the next frame. */
  setEmphasis(emphasis: ViewEmphasis): void;
  /**
   * Draws now, at the current viewport and positions. The owner calls it whenever a layout has placed the
   * view: the view's first frame must not wait for a later one.
   */
  drawNow(): void;
  /** The edges as an image of the view draws them (export/graph-image.ts). */
  drawnEdges(): DrawnEdge[];
  probe: EdgeLayerProbe;
  destroy(): void;
}

export interface EdgeLayerOptions {
  /** While true (a fresh view waiting unseen for its positions) changes are not drawn; `drawNow` still draws. */
  paused: () => boolean;
}

const layers = new WeakMap<Core, EdgeLayer>();

/** The edge layer drawn with `cy`, for what works on the drawn graph (the export's images). */
export function edgeLayerOf(cy: Core): EdgeLayer | undefined {
  return layers.get(cy);
}

const isHidden = (node: NodeSingular) => node.numericStyle('display') === 'none';

function endNode(node: NodeSingular): EndNode {
  const { x, y } = node.position();
  return { x, y, halfWidth: node.outerWidth() / 2, halfHeight: node.outerHeight() / 2, outline: outlineOf(String(node.numericStyle('shape'))) };
}

/** Each node at an edge's end as Cytoscape has it now, looked up once per draw; null when it is not shown. */
function endNodes(cy: Core): (id: string) => EndNode | null {
  const ends = new Map<string, EndNode | null>();
  return (id) => {
    let found = ends.get(id);
    if (found === undefined) {
      const node = cy.getElementById(id);
      found = node.empty() || isHidden(node) ? null : endNode(node);
      ends.set(id, found);
    }
    return found;
  };
}

/** Every edge with both ends shown, with its look under the view's emphasis. */
function describeEdges(cy: Core, edges: ViewEdges, emphasis: ViewEmphasis): EdgeDescription[] {
  const end = endNodes(cy);
  const described: EdgeDescription[] = [];
  for (const edge of edges.list) {
    const source = end(edge.source);
    const target = end(edge.target);
    if (source && target) described.push({ source, target, ...edgeLook(edge, emphasisOf(edge, emphasis)) });
  }
  return described;
}

/** Compound nodes' bodies, filled as the stylesheet's COMPOUND_FILL says (Cytoscape draws only their border). */
export function compoundBoxes(cy: Core): CompoundBox[] {
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

/** Where an edge runs and how it looks, for the probe and the export; `end` looks up its ends (endNodes). */
function placedEdge(edge: ViewEdge, emphasis: ViewEmphasis, end: (id: string) => EndNode | null) {
  const source = end(edge.source);
  const target = end(edge.target);
  if (!source || !target) return undefined;
  const look = edgeLook(edge, emphasisOf(edge, emphasis));
  const segment = edgeSegment(source, target, look.arrowScale > 0 ? arrowLength(look.width, look.arrowScale) : 0);
  if (!segment) return undefined;
  const to = segment.arrow ? { x: segment.arrow[0], y: segment.arrow[1] } : { x: segment.x2, y: segment.y2 };
  return { ...look, from: { x: segment.x1, y: segment.y1 }, to };
}

/** Creates the layer's canvas as the first child of Cytoscape's container, so Cytoscape's canvases lie above it. */
export function createEdgeLayer(cy: Core, container: HTMLElement, options: EdgeLayerOptions): EdgeLayer {
  const canvas = createUnderlayCanvas(container, 'graph-edge-layer');
  const context = canvas.getContext('2d');

  let edges: ViewEdges = NO_EDGES;
  let emphasis: ViewEmphasis = NO_EMPHASIS;
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
    const scene = buildEdgeScene(compoundBoxes(cy), describeEdges(cy, edges, emphasis));
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
    canvas.style.transform = bitmapTransform(drawnAt, viewport());
    cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      drawNow();
    }, SETTLE_MS);
  };

  // What moves an edge's ends (a drag, pins, a node's size in its data) or changes a compound's fill. During a
  // gesture a change waits for the viewport to settle.
  const onChange = () => requestDraw();
  const changes = 'position data select unselect class';
  cy.on(changes, onChange);
  cy.on('viewport', onViewport);
  cy.on('resize', drawNow);

  const layer: EdgeLayer = {
    setEdges(next) {
      edges = next;
      requestDraw();
    },
    setEmphasis(next) {
      emphasis = next;
      requestDraw();
    },
    drawNow,
    drawnEdges: () => {
      const end = endNodes(cy);
      return edges.list.flatMap((edge) => {
        const placed = placedEdge(edge, emphasis, end);
        if (!placed) return [];
        const { colour, width, line, opacity, arrowScale, from, to } = placed;
        return [{ id: edge.id, from, to, colour, width, lineStyle: line, arrow: arrowScale > 0, opacity }];
      });
    },
    probe: {
      lastDraw: () => stats,
      draws: () => draws,
      edges: () => edges.list,
      edge: (id) => {
        const edge = edges.list.find((candidate) => candidate.id === id);
        return edge && placedEdge(edge, emphasis, endNodes(cy));
      },
    },
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      cy.off(changes, onChange);
      cy.off('viewport', onViewport);
      cy.off('resize', drawNow);
      canvas.remove();
      layers.delete(cy);
    },
  };
  layers.set(cy, layer);
  return layer;
}
