// Where a straight edge leaves its source and meets its target, and the arrowhead at the target: pure geometry
// in model units, for the edge layer (edge-layer.ts) to draw as Cytoscape drew the edges, from outline to outline.

/** The outlines the layer knows; every node shape is drawn against the nearest of them. */
export type Outline = 'ellipse' | 'rectangle' | 'diamond';

/** A node at an edge's end: its centre and the half-size of its outline (border included). */
export interface EndNode {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  outline: Outline;
}

/** A drawable edge: the line from `x1,y1` to `x2,y2`, and the arrowhead's tip and two base corners when it has one. */
export interface EdgeSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  arrow: readonly [tipX: number, tipY: number, leftX: number, leftY: number, rightX: number, rightY: number] | undefined;
}

/**
 * The outline Cytoscape's shape is drawn against: rectangles (rounded or not) as rectangles, diamonds as
 * diamonds, the rest (ellipses, hexagons, triangles) as the ellipse inside their box, which is within a
 * pixel or two of them at the sizes a zone's nodes have.
 */
export function outlineOf(shape: string): Outline {
  if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'cut-rectangle' || shape === 'bottom-round-rectangle') return 'rectangle';
  if (shape === 'diamond' || shape === 'round-diamond') return 'diamond';
  return 'ellipse';
}

/** How far from `node`'s centre its outline lies in the direction (`ux`, `uy`), a unit vector. */
export function outlineDistance(node: EndNode, ux: number, uy: number): number {
  const a = Math.max(node.halfWidth, 0);
  const b = Math.max(node.halfHeight, 0);
  if (a === 0 || b === 0) return 0;
  const ax = Math.abs(ux);
  const ay = Math.abs(uy);
  switch (node.outline) {
    case 'rectangle':
      return Math.min(ax === 0 ? Infinity : a / ax, ay === 0 ? Infinity : b / ay);
    case 'diamond':
      return 1 / (ax / a + ay / b);
    case 'ellipse':
      return 1 / Math.sqrt((ax / a) ** 2 + (ay / b) ** 2);
  }
}

/**
 * An arrowhead's length (and its base's width) for a line `width` wide: about six units for the usual
 * widths, growing with wider lines (a summed edge) so the head stays wider than its line.
 */
export function arrowLength(width: number, arrowScale: number): number {
  return arrowScale * Math.max(8.7, 3 * width);
}

/**
 * The segment of the edge from `source` to `target` outside both nodes, ending in an arrowhead `arrow` long
 * at the target's outline (0 for none). Undefined when the nodes overlap so that nothing of it would show.
 */
export function edgeSegment(source: EndNode, target: EndNode, arrow: number): EdgeSegment | undefined {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return undefined;
  const ux = dx / length;
  const uy = dy / length;
  const start = outlineDistance(source, ux, uy);
  const end = length - outlineDistance(target, -ux, -uy);
  if (end - start <= arrow) return undefined;
  const x1 = source.x + ux * start;
  const y1 = source.y + uy * start;
  const tipX = source.x + ux * end;
  const tipY = source.y + uy * end;
  if (arrow <= 0) return { x1, y1, x2: tipX, y2: tipY, arrow: undefined };
  const baseX = tipX - ux * arrow;
  const baseY = tipY - uy * arrow;
  const half = arrow / 2;
  // The line stops inside the head, so a butt end never shows beyond its tip.
  const lineEnd = arrow / 2;
  return {
    x1,
    y1,
    x2: tipX - ux * lineEnd,
    y2: tipY - uy * lineEnd,
    arrow: [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half],
  };
}
