// The graph view as an SVG document: a pure serializer over a plain drawing (positions, sizes, colours,
// shapes, edge lines, labels), so the vector image follows what Cytoscape shows without needing Cytoscape.
import { xmlText } from '@knooppunt/server/domain/xml-text';

export interface Point {
  x: number;
  y: number;
}

export interface DrawnNode {
  id: string;
  /** Centre and size in graph coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Cytoscape's shape name; unknown shapes are drawn as ellipses. */
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  /** A finding marker draws a dashed or dotted border. */
  strokeStyle: LineStyle;
  opacity: number;
  /** Empty when the view draws no label for the node. */
  label: string;
  fontSize: number;
  fontWeight: string;
  textColour: string;
  labelPosition: 'top' | 'center' | 'bottom';
  /** A zone drawn around its municipalities: behind everything else. */
  compound: boolean;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface DrawnEdge {
  id: string;
  from: Point;
  to: Point;
  colour: string;
  width: number;
  lineStyle: LineStyle;
  arrow: boolean;
  opacity: number;
}

export interface GraphDrawing {
  title: string;
  nodes: readonly DrawnNode[];
  edges: readonly DrawnEdge[];
}

/** Room around the drawing, and below the lowest node for its label. */
const MARGIN = 24;
const LABEL_GAP = 3;

const round = (value: number) => Math.round(value * 100) / 100;
const points = (list: readonly Point[]) => list.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');

/** Corners of a regular polygon around (x, y) inside a w × h box, first corner at `start` radians. */
function polygon(node: DrawnNode, corners: number, start: number): Point[] {
  return Array.from({ length: corners }, (_, index) => {
    const angle = start + (index * 2 * Math.PI) / corners;
    return { x: node.x + (Math.cos(angle) * node.width) / 2, y: node.y + (Math.sin(angle) * node.height) / 2 };
  });
}

const DASHES: Record<LineStyle, string> = { solid: '', dashed: ' stroke-dasharray="4 4"', dotted: ' stroke-dasharray="1 3"' };

function shapeElement(node: DrawnNode): string {
  const paint = `fill="${xmlText(node.fill)}" fill-opacity="${node.fillOpacity}" stroke="${xmlText(node.stroke)}" stroke-width="${node.strokeWidth}"${DASHES[node.strokeStyle]}`;
  const left = round(node.x - node.width / 2);
  const top = round(node.y - node.height / 2);
  switch (node.shape) {
    case 'rectangle':
    case 'round-rectangle': {
      const radius = node.shape === 'rectangle' ? 0 : round(Math.min(node.width, node.height) / 4);
      return `<rect x="${left}" y="${top}" width="${round(node.width)}" height="${round(node.height)}" rx="${radius}" ${paint}/>`;
    }
    case 'diamond':
      return `<polygon points="${points(polygon(node, 4, -Math.PI / 2))}" ${paint}/>`;
    case 'hexagon':
    case 'round-hexagon':
      return `<polygon points="${points(polygon(node, 6, 0))}" ${paint}/>`;
    case 'triangle':
    case 'round-triangle':
      return `<polygon points="${points(polygon(node, 3, -Math.PI / 2))}" ${paint}/>`;
    default:
      return `<ellipse cx="${round(node.x)}" cy="${round(node.y)}" rx="${round(node.width / 2)}" ry="${round(node.height / 2)}" ${paint}/>`;
  }
}

function labelElement(node: DrawnNode): string {
  if (node.label === '') return '';
  const y =
    node.labelPosition === 'bottom'
      ? node.y + node.height / 2 + LABEL_GAP + node.fontSize
      : node.labelPosition === 'top'
        ? node.y - node.height / 2 - LABEL_GAP
        : node.y + node.fontSize / 3;
  // The white halo under the text keeps labels readable over edges, as in the app.
  return (
    `<text x="${round(node.x)}" y="${round(y)}" text-anchor="middle" font-size="${node.fontSize}" font-weight="${xmlText(node.fontWeight)}" ` +
    `fill="${xmlText(node.textColour)}" stroke="#ffffff" stroke-width="2" stroke-opacity="0.85" paint-order="stroke">${xmlText(node.label)}</text>`
  );
}

function nodeGroup(node: DrawnNode): string {
  const kind = node.compound ? 'node compound' : 'node';
  return `<g class="${kind}" data-id="${xmlText(node.id)}" opacity="${node.opacity}">${shapeElement(node)}${labelElement(node)}</g>`;
}

/** An arrowhead as a small triangle at the end of the line, pointing along it. */
function arrowHead(edge: DrawnEdge): string {
  const dx = edge.to.x - edge.from.x;
  const dy = edge.to.y - edge.from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return '';
  const size = 4 + edge.width * 2;
  const [ux, uy] = [dx / length, dy / length];
  const base = { x: edge.to.x - ux * size, y: edge.to.y - uy * size };
  const corners = [edge.to, { x: base.x - (uy * size) / 2, y: base.y + (ux * size) / 2 }, { x: base.x + (uy * size) / 2, y: base.y - (ux * size) / 2 }];
  return `<polygon points="${points(corners)}" fill="${xmlText(edge.colour)}"/>`;
}

function edgeGroup(edge: DrawnEdge): string {
  const line =
    `<line x1="${round(edge.from.x)}" y1="${round(edge.from.y)}" x2="${round(edge.to.x)}" y2="${round(edge.to.y)}" ` +
    `stroke="${xmlText(edge.colour)}" stroke-width="${edge.width}"${DASHES[edge.lineStyle]}/>`;
  return `<g class="edge" data-id="${xmlText(edge.id)}" opacity="${edge.opacity}">${line}${edge.arrow ? arrowHead(edge) : ''}</g>`;
}

function bounds(drawing: GraphDrawing): { x: number; y: number; width: number; height: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of drawing.nodes) {
    const labelRoom = node.label === '' ? 0 : node.fontSize + LABEL_GAP;
    minX = Math.min(minX, node.x - node.width / 2);
    maxX = Math.max(maxX, node.x + node.width / 2);
    minY = Math.min(minY, node.y - node.height / 2 - (node.labelPosition === 'top' ? labelRoom : 0));
    maxY = Math.max(maxY, node.y + node.height / 2 + (node.labelPosition === 'bottom' ? labelRoom : 0));
  }
  if (minX > maxX) return { x: 0, y: 0, width: 2 * MARGIN, height: 2 * MARGIN };
  return { x: round(minX - MARGIN), y: round(minY - MARGIN), width: round(maxX - minX + 2 * MARGIN), height: round(maxY - minY + 2 * MARGIN) };
}

/** The whole drawing on a white background: zones behind, then edges, then nodes with their labels. */
export function toSvg(drawing: GraphDrawing): string {
  const box = bounds(drawing);
  const compounds = drawing.nodes.filter((node) => node.compound);
  const nodes = drawing.nodes.filter((node) => !node.compound);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" width="${box.width}" height="${box.height}" ` +
      'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">',
    `<title>${xmlText(drawing.title)}</title>`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#ffffff"/>`,
    ...compounds.map(nodeGroup),
    ...drawing.edges.map(edgeGroup),
    ...nodes.map(nodeGroup),
    '</svg>',
    '',
  ].join('\n');
}
