// Drawing the edge layer: pure functions from the scene and the viewport to 2D-context calls. A zone's edges
// go in one path per look (one stroke each) and their arrowheads in one fill per look, where Cytoscape
// strokes and fills each edge on its own; lines wholly outside the view are left out.
import { viewExtent, type Extent, type Viewport } from '../underlay-canvas';
import type { CompoundBox, EdgeBatch, EdgeScene, LineStyle } from './edge-scene';

/** The part of CanvasRenderingContext2D the layer uses, so tests can pass a recording fake. */
export type EdgeDrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'roundRect'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'globalAlpha'
>;

/** Cytoscape's viewport, over a canvas of `pixelRatio` device pixels per CSS pixel. */
export interface LayerView extends Viewport {
  pixelRatio: number;
}

export interface EdgeDrawStats {
  lines: number;
  heads: number;
  boxes: number;
  strokes: number;
  fills: number;
}

/** A dotted line's dot and gap, in model units (Cytoscape's dotted lines look alike). */
const DOTTED: readonly number[] = [1, 3];

function dashOf(line: LineStyle, dash: readonly number[]): number[] {
  if (line === 'dashed') return [...dash];
  if (line === 'dotted') return [...DOTTED];
  return [];
}

/** The corner radius Cytoscape gives a round rectangle this big. */
export function roundRectangleRadius(width: number, height: number): number {
  return Math.min(width / 4, height / 4, 8);
}

const outside = (e: Extent, ax: number, ay: number, bx: number, by: number) =>
  (ax < e.x1 && bx < e.x1) || (ax > e.x2 && bx > e.x2) || (ay < e.y1 && by < e.y1) || (ay > e.y2 && by > e.y2);

function drawBoxes(ctx: EdgeDrawingContext, boxes: readonly CompoundBox[]): number {
  for (const box of boxes) {
    const width = box.x2 - box.x1;
    const height = box.y2 - box.y1;
    ctx.globalAlpha = box.opacity;
    ctx.fillStyle = box.colour;
    ctx.beginPath();
    ctx.roundRect(box.x1, box.y1, width, height, roundRectangleRadius(width, height));
    ctx.fill();
  }
  return boxes.length;
}

function drawBatch(ctx: EdgeDrawingContext, batch: EdgeBatch, extent: Extent, stats: EdgeDrawStats): void {
  ctx.globalAlpha = batch.opacity;
  ctx.lineWidth = batch.width;
  ctx.setLineDash(dashOf(batch.line, batch.dash));
  ctx.strokeStyle = batch.colour;
  ctx.beginPath();
  let lines = 0;
  const { lines: points, heads } = batch;
  for (let i = 0; i < points.length; i += 4) {
    const [x1, y1, x2, y2] = [points[i]!, points[i + 1]!, points[i + 2]!, points[i + 3]!];
    if (outside(extent, x1, y1, x2, y2)) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    lines++;
  }
  if (lines > 0) {
    ctx.stroke();
    stats.strokes++;
    stats.lines += lines;
  }
  if (heads.length === 0) return;
  ctx.fillStyle = batch.colour;
  ctx.beginPath();
  let drawnHeads = 0;
  for (let i = 0; i < heads.length; i += 6) {
    const [tipX, tipY, leftX, leftY, rightX, rightY] = [heads[i]!, heads[i + 1]!, heads[i + 2]!, heads[i + 3]!, heads[i + 4]!, heads[i + 5]!];
    if (outside(extent, tipX, tipY, leftX, leftY) && outside(extent, tipX, tipY, rightX, rightY)) continue;
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(leftX, leftY);
    ctx.lineTo(rightX, rightY);
    ctx.closePath();
    drawnHeads++;
  }
  if (drawnHeads > 0) {
    ctx.fill();
    stats.fills++;
    stats.heads += drawnHeads;
  }
}

/** Clears the canvas and draws the compound boxes, then the edges in z-order; returns what it drew. */
export function drawEdgeScene(ctx: EdgeDrawingContext, scene: EdgeScene, view: LayerView): EdgeDrawStats {
  const ratio = view.pixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, view.width * ratio, view.height * ratio);
  ctx.setTransform(view.zoom * ratio, 0, 0, view.zoom * ratio, view.pan.x * ratio, view.pan.y * ratio);
  ctx.lineCap = 'butt';
  const stats: EdgeDrawStats = { lines: 0, heads: 0, boxes: 0, strokes: 0, fills: 0 };
  stats.boxes = drawBoxes(ctx, scene.boxes);
  stats.fills += stats.boxes;
  // A wide margin: an arrowhead or a thick line whose ends are just out of sight still shows its edge.
  const extent = viewExtent(view, 20);
  for (const batch of scene.batches) drawBatch(ctx, batch, extent, stats);
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  return stats;
}
