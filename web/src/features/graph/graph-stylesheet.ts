// The Cytoscape stylesheet: node shape by label, colour by type or sector. Cytoscape holds only the nodes;
// the edges are drawn by the edge layer (edge-layer/), whose looks are in edge-layer/edge-look.ts.
import { FINDING_KINDS, SEVERITIES } from '@knooppunt/server/domain/findings';
import type { StylesheetJson } from 'cytoscape';
import { FINDING_KIND_STYLE, SEVERITY_BORDER_WIDTH } from '../../lib/palette';

const NODE_SIZE: Record<string, number> = { Zone: 30, Municipality: 30, Network: 26, Organisation: 16, Offer: 11 };
const FONT_SIZE: Record<string, number> = { Zone: 12, Municipality: 12, Network: 11, Organisation: 9, Offer: 8 };
/**
 * Labels smaller than this on screen are not drawn, the main saving when zoomed out. Organisations and
 * offers only get their names once zoomed in, and networks a little before them, so a zone's overview
 * reads as its municipalities (whose names place-names.ts keeps readable at every zoom).
 */
const MIN_ZOOMED_FONT_SIZE: Record<string, number> = { Zone: 5, Municipality: 5, Network: 12, Organisation: 13, Offer: 13 };

/** Size and type size by label: all a layout needs to know of the style (the layout worker uses only these). */
export const labelRules: StylesheetJson = Object.entries(NODE_SIZE).map(([label, size]) => ({
  selector: `node[label = "${label}"]`,
  style: {
    width: label === 'Municipality' ? size * 1.35 : size,
    height: size,
    'font-size': FONT_SIZE[label] ?? 9,
    'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE[label] ?? 7,
  },
}));

/**
 * Finding markers come after the selection rules so a selected node keeps its marker; the selection
 * then shows as an outline around it instead.
 */
const markerRules: StylesheetJson = [
  ...FINDING_KINDS.map((kind) => ({
    selector: `node.mark-${kind}`,
    style: { 'border-color': FINDING_KIND_STYLE[kind].colour, 'border-style': FINDING_KIND_STYLE[kind].line, 'border-opacity': 1 },
  })),
  ...SEVERITIES.map((severity) => ({
    selector: `node.mark-${severity}`,
    style: { 'border-width': SEVERITY_BORDER_WIDTH[severity] },
  })),
  {
    selector: 'node.finding-marked:selected',
    style: { 'outline-width': 3, 'outline-color': '#111827', 'outline-offset': 2 },
  },
];

/** A finding in focus: a soft halo around its nodes, their names always drawn, their ties strong. */
const focusRules: StylesheetJson = [
  {
    selector: 'node.finding-focus',
    style: {
      'underlay-color': '#ffd43b',
      'underlay-opacity': 0.6,
      'underlay-padding': 9,
      'underlay-shape': 'ellipse',
      'min-zoomed-font-size': 0,
      'font-weight': 700,
      'z-index': 15,
    },
  },
];

/** A drawing pin, top right of a pinned node: the node stays where someone put it. */
const PIN_MARK = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="6" r="4.5" fill="#111827" stroke="#ffffff" stroke-width="1.5"/><path d="M8 10.5 L8 15.5" stroke="#111827" stroke-width="2" stroke-linecap="round"/></svg>',
)}`;

const pinRules: StylesheetJson = [
  {
    selector: 'node.pinned',
    style: {
      'background-image': PIN_MARK,
      'background-width': '18px',
      'background-height': '18px',
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'bounds-expansion': 8,
      'background-image-opacity': 1,
    } as never,
  },
];

/**
 * A compound node's body (a zone around its municipalities), as the edge layer fills it under the edges: a
 * light lilac, stronger while the zone is selected.
 */
export const COMPOUND_FILL = { colour: '#f1ecf8', opacity: 0.55, selectedOpacity: 0.7 } as const;

export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      'background-color': 'data(colour)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: 'data(caption)',
      color: '#28323c',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.85,
    },
  },
  ...labelRules,
  {
    // Above the networks and groups around it, so its name is never covered: people look for places first.
    selector: 'node[label = "Municipality"]',
    style: { 'font-weight': 600, color: '#1d3d5c', 'z-index': 5 },
  },
  {
    selector: 'node[label = "Zone"]',
    style: { 'font-weight': 600, color: '#56407a' },
  },
  {
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      // The edge layer fills the body (COMPOUND_FILL) under the edges it draws; Cytoscape draws the border.
      'background-opacity': 0,
      'border-color': '#9d86c2',
      'border-width': 1.5,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 15,
      'font-weight': 700,
      color: '#56407a',
      padding: '18px',
      'min-zoomed-font-size': 4,
    },
  },
  // A sector group (lod/sector-groups.ts): grows with its members, ringed so it reads as several.
  {
    selector: 'node[?group]',
    style: {
      width: 'mapData(count, 3, 60, 22, 52)',
      height: 'mapData(count, 3, 60, 22, 52)',
      'border-width': 3,
      'border-style': 'double',
      'border-color': '#ffffff',
      'font-size': 10,
      'font-weight': 600,
      // Named once zoomed in as far as a network is: at a zone's overview the municipalities' names lead.
      'min-zoomed-font-size': 12,
    },
  },
  // Size by a measure (styling/node-size.ts), when one is chosen.
  {
    selector: 'node[size]',
    style: { width: 'data(size)', height: 'data(size)' },
  },
  {
    selector: '.faded',
    style: { opacity: 0.18, 'text-opacity': 0 },
  },
  {
    selector: 'node:parent.faded',
    style: { opacity: 0.5, 'text-opacity': 1 },
  },
  {
    selector: 'node.highlighted',
    style: { 'z-index': 10 },
  },
  {
    selector: 'node:selected',
    style: {
      'border-width': 3,
      'border-color': '#111827',
      'overlay-opacity': 0,
      'z-index': 20,
      'font-weight': 700,
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'node:parent:selected',
    style: { 'border-width': 3, 'border-color': '#56407a' },
  },
  ...markerRules,
  ...focusRules,
  ...pinRules,
];
