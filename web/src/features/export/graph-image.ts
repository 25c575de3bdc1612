// Images of the graph view: a PNG drawn by Cytoscape itself, and an SVG from the same elements.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { downloadBlob } from '../../lib/download';
import { toSvg, type DrawnEdge, type DrawnNode, type GraphDrawing, type LineStyle } from './graph-svg';

/** Twice the screen's resolution, and no larger than a browser's canvas can be. */
const PNG_OPTIONS = { output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 12_000, maxHeight: 12_000 } as const;

export async function downloadPng(cy: Core, fileName: string): Promise<void> {
  downloadBlob(await cy.png(PNG_OPTIONS), fileName);
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
    fill: String(node.style('background-color')),
    fillOpacity: number(node.style('background-opacity'), 1),
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

function drawnEdge(edge: EdgeSingular): DrawnEdge {
  return {
    id: edge.id(),
    from: edge.sourceEndpoint(),
    to: edge.targetEndpoint(),
    colour: String(edge.style('line-color')),
    width: number(edge.style('width'), 1),
    lineStyle: lineStyle(edge.style('line-style')),
    arrow: String(edge.style('target-arrow-shape')) !== 'none',
    opacity: number(edge.style('opacity'), 1),
  };
}

/** What Cytoscape draws now: every visible element, with the positions and styles it has. */
export function drawingOf(cy: Core, title: string): GraphDrawing {
  return { title, nodes: cy.nodes(':visible').map(drawnNode), edges: cy.edges(':visible').map(drawnEdge) };
}

export function downloadSvg(cy: Core, title: string, fileName: string): void {
  downloadBlob(new Blob([toSvg(drawingOf(cy, title))], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}
