// The whole-graph view's elements: zones and municipalities as aggregate nodes at their place on the map,
// with summed links; which of the two levels shows depends on the zoom (see OverviewCanvas).
import type { Overview, OverviewMunicipality } from '@knooppunt/server/domain/overview';
import { bareId } from '@knooppunt/server/domain/ids';
import type { ElementDefinition } from 'cytoscape';
import { project, type Point } from '../../../lib/geo-projection';

export interface OverviewCaptions {
  zone: (name: string, municipalities: number, actors: number) => string;
  municipality: (name: string, actors: number) => string;
}

export const actorCount = (municipality: OverviewMunicipality): number =>
  Object.values(municipality.actors).reduce((sum, count) => sum + (count ?? 0), 0);

/** The zone a municipality's links are summed in: its first, so every link counts once. */
const primaryZone = (municipality: OverviewMunicipality): string | undefined => municipality.zones[0];

const mean = (points: readonly Point[]): Point => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

/**
 * Two levels in one element list, told apart by class: `lod-zone` (a node per zone, links summed per
 * pair of zones) and `lod-municipality` (a node per municipality, links as the overview gives them).
 * Municipalities without a known place are left out; so are links to them, and zones with none placed.
 */
export function overviewElements(
  overview: Overview,
  centroids: ReadonlyMap<string, { lon: number; lat: number }>,
  captions: OverviewCaptions,
): ElementDefinition[] {
  const place = new Map<string, Point>();
  for (const municipality of overview.municipalities) {
    const centroid = centroids.get(bareId(municipality.id));
    if (centroid) place.set(municipality.id, project(centroid.lon, centroid.lat));
  }
  const elements: ElementDefinition[] = [];
  const zoneOf = new Map<string, string>();
  for (const municipality of overview.municipalities) {
    const zone = primaryZone(municipality);
    if (zone !== undefined) zoneOf.set(municipality.id, zone);
  }
  const drawnZones = new Set<string>();
  for (const zone of overview.zones) {
    // Every member counts for the place, also one drawn in another zone (Antwerpen lies in four).
    const places = zone.municipalities.flatMap((id) => place.get(id) ?? []);
    if (places.length === 0) continue;
    drawnZones.add(zone.id);
    elements.push({
      group: 'nodes',
      classes: 'lod-zone',
      data: { id: zone.id, name: zone.name, caption: captions.zone(zone.name, zone.municipalities.length, zone.actors), level: 'zone', actors: zone.actors },
      position: mean(places),
    });
  }
  for (const municipality of overview.municipalities) {
    const position = place.get(municipality.id);
    if (!position) continue;
    const actors = actorCount(municipality);
    elements.push({
      group: 'nodes',
      classes: 'lod-municipality',
      data: {
        id: municipality.id,
        name: municipality.name,
        caption: captions.municipality(municipality.name, actors),
        level: 'municipality',
        actors,
        zone: zoneOf.get(municipality.id) ?? '',
        zones: municipality.zones.join(','),
        province: municipality.province ?? '',
      },
      position: { ...position },
    });
  }
  const zoneLinks = new Map<string, number>();
  for (const link of overview.links) {
    if (!place.has(link.from) || !place.has(link.to)) continue;
    elements.push({ group: 'edges', classes: 'lod-municipality', data: { id: `link:${link.from}|${link.to}`, source: link.from, target: link.to, weight: link.weight } });
    const a = zoneOf.get(link.from);
    const b = zoneOf.get(link.to);
    if (a === undefined || b === undefined || a === b || !drawnZones.has(a) || !drawnZones.has(b)) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    zoneLinks.set(key, (zoneLinks.get(key) ?? 0) + link.weight);
  }
  for (const [key, weight] of [...zoneLinks].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const [source, target] = key.split('|') as [string, string];
    elements.push({ group: 'edges', classes: 'lod-zone', data: { id: `link:${key}`, source, target, weight } });
  }
  return elements;
}
