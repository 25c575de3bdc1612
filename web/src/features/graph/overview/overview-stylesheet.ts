// How the whole-graph view looks: aggregates sized by how many actors they hold, links by their weight.
import type { StylesheetJson } from 'cytoscape';
import { LABEL_COLOUR } from '../../../lib/palette';

export const overviewStylesheet: StylesheetJson = [
  {
    selector: 'node.lod-zone, node.lod-municipality',
    style: {
      label: 'data(caption)',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '1600px',
      color: '#28323c',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.85,
    },
  },
  {
    selector: 'node.lod-zone',
    style: {
      shape: 'round-hexagon',
      'background-color': LABEL_COLOUR.Zone,
      'background-opacity': 0.85,
      width: 'mapData(actors, 0, 3000, 160, 560)',
      height: 'mapData(actors, 0, 3000, 160, 560)',
      'font-size': 110,
      'font-weight': 600,
      // Label culling: a zone's name only once it is legible.
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.lod-municipality',
    style: {
      shape: 'round-rectangle',
      'background-color': LABEL_COLOUR.Municipality,
      width: 'mapData(actors, 0, 600, 40, 150)',
      height: 'mapData(actors, 0, 600, 30, 110)',
      'font-size': 30,
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge',
    style: {
      // Haystack edges: straight lines without arrows, the cheapest Cytoscape draws.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': '#7b8794',
      opacity: 0.35,
    },
  },
  {
    selector: 'edge[weight]',
    style: { width: 'mapData(weight, 1, 120, 2, 40)' },
  },
  {
    selector: 'node.lod-detail',
    style: {
      shape: 'data(shape)' as 'ellipse',
      'background-color': 'data(colour)',
      width: 14,
      height: 14,
    },
  },
  // Names of the detail only once legible (OverviewCanvas sets the class when zoomed in): measuring
  // tens of thousands of labels is most of what a first paint would cost.
  {
    selector: 'node.lod-detail.lod-named',
    style: {
      label: 'data(caption)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 2,
      color: '#28323c',
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'node.lod-detail[label = "Network"]',
    style: { width: 22, height: 22 },
  },
  {
    selector: 'node.lod-detail[label = "Offer"]',
    style: { width: 8, height: 8 },
  },
  {
    selector: 'edge.lod-detail',
    style: { 'line-color': 'data(colour)', width: 1, opacity: 0.45 },
  },
  {
    selector: '.lod-hidden',
    style: { display: 'none' },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 8, 'border-color': '#111827' },
  },
];
