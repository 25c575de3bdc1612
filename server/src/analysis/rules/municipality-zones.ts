// Which eerstelijnszones each municipality belongs to: the shared fact of the rules that compare zones across an area.
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { derived, forEachRelationship } from './graph-index';

/** Municipality id → its zones, each list sorted; municipalities in no zone are absent. */
export function zonesByMunicipality(graph: KnooppuntGraph): ReadonlyMap<string, readonly string[]> {
  return derived(graph, 'zonesByMunicipality', () => readZones(graph));
}

function readZones(graph: KnooppuntGraph): Map<string, string[]> {
  const zones = new Map<string, string[]>();
  forEachRelationship(graph, 'IN_ZONE', (municipality, zone) => {
    const list = zones.get(municipality);
    if (list === undefined) zones.set(municipality, [zone]);
    else if (!list.includes(zone)) list.push(zone);
  });
  for (const list of zones.values()) list.sort();
  return zones;
}

/** The distinct zones of several municipalities together, sorted. */
export function zonesOfArea(zones: ReadonlyMap<string, readonly string[]>, area: Iterable<string>): string[] {
  const union = new Set<string>();
  for (const municipality of area) for (const zone of zones.get(municipality) ?? []) union.add(zone);
  return [...union].sort();
}
