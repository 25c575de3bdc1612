// Which level of detail the whole-graph view shows, from how far it is zoomed in and how much is in view.

export type OverviewLevel = 'zone' | 'municipality' | 'detail';

/** Zoomed in this far beyond "everything in view", zones give way to their municipalities. */
export const MUNICIPALITY_ZOOM_FACTOR = 1.6;
/**
 * With at most this many municipalities in view (a province with some of its neighbours: Antwerpen has 69, Limburg 42), their zones'
 * graphs are drawn in full around them.
 */
export const DETAIL_MAX_MUNICIPALITIES = 100;

/** Zoomed in this far beyond "everything in view", the detail's nodes in view get their names. */
export const NAMES_ZOOM_FACTOR = 12;

/** Detail as soon as few enough municipalities are in view, whatever the zoom; else zones until zoomed in. */
export function overviewLevel(zoom: number, baseZoom: number, municipalitiesInView: number): OverviewLevel {
  if (municipalitiesInView > 0 && municipalitiesInView <= DETAIL_MAX_MUNICIPALITIES) return 'detail';
  return zoom >= baseZoom * MUNICIPALITY_ZOOM_FACTOR ? 'municipality' : 'zone';
}
