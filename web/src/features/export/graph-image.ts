// Images of the graph view: an SVG of what the view draws (Cytoscape's nodes, the edge layer's edges), and a
// PNG rendered from that SVG. Cytoscape's own PNG would leave the edges out: it does not draw them.
import type { Core, NodeSingular } from 'cytoscape';
import { downloadBlob } from '../../lib/download';
import { edgeLayerOf } from '../graph/edge-layer/edge-layer';
import { COMPOUND_FILL } from '../graph/graph-stylesheet';
import { toSvg, type DrawnNode, type GraphDrawing, type LineStyle } from './graph-svg';
import { svgToPng } from './svg-image';

/** Twice the screen's resolution, and no larger than a browser's canvas can be. */
const PNG_SCALE = 2;
const PNG_MAX_SIDE = 12_000;

export async function downloadPng(cy: Core, title: string, fileName: string): Promise<void> {
  const png = await svgToPng(toSvg(drawingOf(cy, title)), (width, height) => Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(width, height, 1)));
  downloadBlob(png, fileName);
}

const number = (value: unknown, fallback = 0) => {
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};

const lineStyle = (value: unknown): LineStyle => (value === 'dashed' || value === 'dotted' ? value : 'solid');

/**
 * The label the view draws at 100 % zoom: Cytoscape leaves out labels smaller on screen than their
 * min-zoomed-font-size (organisations and offers until zoomed in), and so does the image, to stay readable.
 */
function labelAtFullSize(node: NodeSingular, fontSize: number): string {
  return fontSize >= number(node.style('min-zoomed-font-size')) ? String(node.style('label') ?? '') : '';
}

function drawnNode(node: NodeSingular): DrawnNode {
  const compound = node.isParent();
  const box = compound ? node.boundingBox({ includeLabels: false, includeOverlays: false }) : undefined;
  const position = node.position();
  const valign = String(node.style('text-valign'));
  const fontSize = number(node.style('font-size'), 10);
  return {
    id: node.id(),
    x: box ? (box.x1 + box.x2) / 2 : position.x,
    y: box ? (box.y1 + box.y2) / 2 : position.y,
    width: box ? box.w : node.width(),
    height: box ? box.h : node.height(),
    shape: String(node.style('shape')),
    // A compound's body is filled by the edge layer, under the edges (Cytoscape draws its border only).
    fill: compound ? COMPOUND_FILL.colour : String(node.style('background-color')),
    fillOpacity: compound ? (node.selected() ? COMPOUND_FILL.selectedOpacity : COMPOUND_FILL.opacity) : number(node.style('background-opacity'), 1),
    stroke: String(node.style('border-color')),
    strokeWidth: number(node.style('border-width')),
    strokeStyle: lineStyle(node.style('border-style')),
    opacity: number(node.style('opacity'), 1),
    label: labelAtFullSize(node, fontSize),
    fontSize,
    fontWeight: String(node.style('font-weight')),
    textColour: String(node.style('color')),
    labelPosition: valign === 'top' || valign === 'center' ? valign : 'bottom',
    compound,
  };
}

/** What the view draws now: every visible node with the position and style it has, and the edge layer's edges. */
export function drawingOf(cy: Core, title: string): GraphDrawing {
  return { title, nodes: cy.nodes(':visible').map(drawnNode), edges: edgeLayerOf(cy)?.drawnEdges() ?? [] };
}

export function downloadSvg(cy: Core, title: string, fileName: string): void {
  downloadBlob(new Blob([toSvg(drawingOf(cy, title))], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}
