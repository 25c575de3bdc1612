// Drawing the detail layer: pure functions from the scene and the viewport to 2D-context calls. Edges go in
// one path per colour (one stroke each), nodes in one path per colour and shape (one fill each): a few dozen
// draw calls for a province's tens of thousands of elements, where Cytoscape styles and draws each one.
import type { DetailNode, DetailShape } from '../detail-elements';
import { viewExtent, type Extent, type Viewport } from '../../underlay-canvas';
import type { DetailScene, SceneEdge } from './detail-scene';

export { viewExtent, type Viewport } from '../../underlay-canvas';

/** The part of CanvasRenderingContext2D the layer uses, so tests can pass a recording fake. */
export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'stroke'
  | 'fill'
  | 'fillText'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'lineJoin'
>;

export interface DrawOptions {
  /** Names under the nodes in view (zoomed in far enough to read them). */
  named: boolean;
  selected?: string | undefined;
}

/** As the overview's stylesheet drew the detail: thin edges at 45 %, names 9 units high, a dark ring when selected. */
export const DETAIL_STYLE = {
  edgeWidth: 1,
  edgeOpacity: 0.45,
  fontSize: 9,
  /** Cytoscape's min-zoomed-font-size: names smaller than this on screen are not drawn. */
  minScreenFontSize: 8,
  nameGap: 2,
  nameColour: '#28323c',
  fontFamily: 'Helvetica Neue, Helvetica, sans-serif',
  selectedRing: 8,
  selectedColour: '#111827',
} as const;

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Adds `node`'s outline to the current path (a sub-path of its own). */
export function traceShape(ctx: DrawingContext, shape: DetailShape, x: number, y: number, size: number): void {
  const r = size / 2;
  switch (shape) {
    case 'diamond':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      return;
    case 'round-triangle':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y + r);
      ctx.lineTo(x - r, y + r);
      ctx.closePath();
      return;
    case 'round-rectangle':
    case 'round-hexagon':
    case 'ellipse':
      // Aggregates are Cytoscape's; a detail node of another shape is drawn as a disc.
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
  }
}

const overlaps = (extent: Extent, edge: SceneEdge) =>
  Math.max(edge.x1, edge.x2) >= extent.x1 && Math.min(edge.x1, edge.x2) <= extent.x2 && Math.max(edge.y1, edge.y2) >= extent.y1 && Math.min(edge.y1, edge.y2) <= extent.y2;

const nodeInside = (extent: Extent, node: DetailNode) =>
  node.x + node.size / 2 >= extent.x1 && node.x - node.size / 2 <= extent.x2 && node.y + node.size / 2 >= extent.y1 && node.y - node.size / 2 <= extent.y2;

export interface DrawStats {
  edges: number;
  nodes: number;
  names: number;
  strokes: number;
  fills: number;
}

/** Clears the canvas and draws what of `scene` is in `view`; returns what it drew. */
export function drawDetail(ctx: DrawingContext, scene: DetailScene, view: Viewport, options: DrawOptions): DrawStats {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(view.zoom, 0, 0, view.zoom, view.pan.x, view.pan.y);
  const extent = viewExtent(view);
  const stats: DrawStats = { edges: 0, nodes: 0, names: 0, strokes: 0, fills: 0 };

  const edges = scene.edges.filter((edge) => overlaps(extent, edge));
  ctx.globalAlpha = DETAIL_STYLE.edgeOpacity;
  ctx.lineWidth = DETAIL_STYLE.edgeWidth;
  for (const [colour, group] of groupBy(edges, (edge) => edge.colour)) {
    ctx.beginPath();
    for (const edge of group) {
      ctx.moveTo(edge.x1, edge.y1);
      ctx.lineTo(edge.x2, edge.y2);
    }
    ctx.strokeStyle = colour;
    ctx.stroke();
    stats.strokes++;
  }
  stats.edges = edges.length;

  ctx.globalAlpha = 1;
  const nodes = scene.nodes.filter((node) => nodeInside(extent, node));
  // Names under the nodes: where they crowd, the nodes stay whole (as Cytoscape's later nodes covered earlier labels).
  if (options.named && DETAIL_STYLE.fontSize * view.zoom >= DETAIL_STYLE.minScreenFontSize) stats.names = drawNames(ctx, nodes);
  for (const group of groupBy(nodes, (node) => `${node.colour}|${node.shape}`).values()) {
    const first = group[0];
    if (!first) continue;
    ctx.beginPath();
    for (const node of group) traceShape(ctx, node.shape, node.x, node.y, node.size);
    ctx.fillStyle = first.colour;
    ctx.fill();
    stats.fills++;
  }
  stats.nodes = nodes.length;

  // The selection last, so nothing hides it.
  const selected = options.selected === undefined ? undefined : scene.byId.get(options.selected);
  if (selected) {
    ctx.beginPath();
    traceShape(ctx, selected.shape, selected.x, selected.y, selected.size);
    ctx.lineWidth = DETAIL_STYLE.selectedRing;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = DETAIL_STYLE.selectedColour;
    ctx.stroke();
    stats.strokes++;
  }

  return stats;
}

/** Each node's name centred under it. */
function drawNames(ctx: DrawingContext, nodes: readonly DetailNode[]): number {
  ctx.font = `${DETAIL_STYLE.fontSize}px ${DETAIL_STYLE.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = DETAIL_STYLE.nameColour;
  for (const node of nodes) ctx.fillText(node.caption, node.x, node.y + node.size / 2 + DETAIL_STYLE.nameGap);
  return nodes.length;
}
