// Places stay readable at every zoom: people look for their municipality first. Cytoscape scales a name
// with the zoom, so a zone fitted to the screen drew municipality names 5–6 px high; here their type grows
// as the view zooms out, to a size that reads on screen, while other names keep Cytoscape's own scaling
// (and vanish below their minimum, which keeps a big view from piling names up).
import type { Core, EventObject, NodeSingular } from 'cytoscape';

/** On-screen size of a municipality's or zone's name, in CSS pixels, whatever the zoom. */
export const PLACE_NAME_PX = 12;
/** Above this model size a name would cover its neighbours' names; the view is zoomed out too far for names then. */
const MAX_MODEL_SIZE = 48;

/** The model font size that shows `px` on screen at `zoom`: never smaller than at zoom 1. */
export function placeNameSize(zoom: number, px = PLACE_NAME_PX): number {
  return Math.min(MAX_MODEL_SIZE, Math.max(px, px / Math.max(zoom, Number.EPSILON)));
}

const PLACES = 'node[label = "Municipality"], node[label = "Zone"]';

/** Keeps municipality and zone names at PLACE_NAME_PX on screen; returns the function that stops it. */
export function keepPlaceNamesReadable(cy: Core): () => void {
  let applied = 0;
  const size = () => Math.round(placeNameSize(cy.zoom()) * 2) / 2;
  // A style bypass on the places alone (tens of nodes, a few hundred at most): a stylesheet rule would
  // restyle everything, and adding one per zoom step would grow the stylesheet without end.
  const apply = () => {
    const next = size();
    if (next === applied) return;
    applied = next;
    cy.nodes(PLACES).style('font-size', next);
  };
  // At once, not on the next frame: a fit measures the names right after it zooms (fit-view.ts's second
  // pass), and only a change of half a pixel restyles anything.
  const onZoom = apply;
  // Places added later (an expansion, another zone) start at the current size. Told apart by their label, not
  // by matching the PLACES selector: this runs for every node a view adds, thousands at once.
  const onAdd = (event: EventObject) => {
    const target = event.target as NodeSingular;
    const label: unknown = target.data('label');
    if (label === 'Municipality' || label === 'Zone') target.style('font-size', applied || size());
  };
  cy.on('zoom', onZoom);
  cy.on('add', 'node', onAdd);
  apply();
  return () => {
    cy.off('zoom', onZoom);
    cy.off('add', 'node', onAdd);
  };
}
