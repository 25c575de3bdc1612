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
    selector: '.lod-hidden',
    style: { display: 'none' },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 8, 'border-color': '#111827' },
  },
];
