// What the edge layer draws, built from plain descriptions of a view's edges and compound boxes: the edges
// grouped by how they look (one path and one stroke per group, their arrowheads in one fill), in the order
// of their z-index. Pure: edge-layer.ts reads the descriptions off Cytoscape, edge-draw.ts draws the scene.
import { arrowLength, edgeSegment, type EndNode } from './edge-geometry';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** How an edge looks, as its Cytoscape style says. */
export interface EdgeLook {
  colour: string;
  width: number;
  opacity: number;
  line: LineStyle;
  /** Dash and gap lengths of a dashed line, in model units. */
  dash: readonly number[];
  /** Cytoscape's z-index: higher groups are drawn later, over lower ones. */
  z: number;
}

export interface EdgeDescription extends EdgeLook {
  source: EndNode;
  target: EndNode;
  /** The arrowhead's scale (Cytoscape's arrow-scale); 0 when the edge has none. */
  arrowScale: number;
}

/** Edges that look alike: `lines` holds x1, y1, x2, y2 per edge, `heads` six numbers per arrowhead. */
export interface EdgeBatch extends EdgeLook {
  lines: number[];
  heads: number[];
}

/** A compound node's body (a zone around its municipalities), filled under the edges as Cytoscape filled it. */
export interface CompoundBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  opacity: number;
}

export interface EdgeScene {
  boxes: readonly CompoundBox[];
  batches: readonly EdgeBatch[];
  /** Edges with something to draw (ends apart). */
  edges: number;
}

export const EMPTY_EDGE_SCENE: EdgeScene = { boxes: [], batches: [], edges: 0 };

const lookKey = (look: EdgeLook) => `${look.z}|${look.colour}|${look.width}|${look.opacity}|${look.line}|${look.dash.join(',')}`;

export function buildEdgeScene(boxes: readonly CompoundBox[], edges: Iterable<EdgeDescription>): EdgeScene {
  const batches = new Map<string, EdgeBatch>();
  let count = 0;
  for (const edge of edges) {
    const head = edge.arrowScale > 0 ? arrowLength(edge.width, edge.arrowScale) : 0;
    const segment = edgeSegment(edge.source, edge.target, head);
    if (!segment) continue;
    const key = lookKey(edge);
    let batch = batches.get(key);
    if (!batch) {
      const { colour, width, opacity, line, dash, z } = edge;
      batch = { colour, width, opacity, line, dash, z, lines: [], heads: [] };
      batches.set(key, batch);
    }
    batch.lines.push(segment.x1, segment.y1, segment.x2, segment.y2);
    if (segment.arrow) batch.heads.push(...segment.arrow);
    count++;
  }
  // Stable: within one z-index, the order the edges came in.
  const ordered = [...batches.values()].sort((a, b) => a.z - b.z);
  return { boxes, batches: ordered, edges: count };
}
