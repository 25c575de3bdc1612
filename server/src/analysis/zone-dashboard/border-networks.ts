// Networks across the zone's border: they cover municipalities of the zone and municipalities outside it,
// so they answer to more than one zorgraad and their partners meet the neighbouring zones (bovenlokaal).
import type { NodeReach, NodeSummary } from '../../domain/api';
import type { NetworkProperties } from '../../domain/graph';
import type { BorderNetwork } from '../../domain/zone-dashboard';
import { compareIds, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { compareByName, summaryOf } from './node-summaries';
import { outsideOf } from './outside-reach';

/**
 * Every network of the zone graph whose area (COVERS, as `reach` reports it) holds both a municipality of
 * `zone` and one outside it; sorted by the number of outside municipalities, most first, then by name.
 */
export function borderNetworks(
  graph: KnooppuntGraph,
  zone: string,
  reach: ReadonlyMap<string, NodeReach>,
  zoneName: (id: string) => NodeSummary,
): BorderNetwork[] {
  const found: BorderNetwork[] = [];
  for (const network of graph.filterNodes((_id, attributes) => attributes.label === 'Network').sort(compareIds)) {
    const area = reach.get(network)?.municipalities ?? [];
    const inside = area.filter((municipality) => municipality.zones.includes(zone));
    const { outside, otherZones } = outsideOf(area, zone, zoneName);
    if (inside.length === 0 || outside.length === 0) continue;
    found.push({
      network: summaryOf(graph, network),
      type: (graph.getNodeAttribute(network, 'properties') as NetworkProperties).type,
      inside: inside.map(({ id, label, name }) => ({ id, label, name })).sort(compareByName),
      outside,
      otherZones,
    });
  }
  return found.sort((a, b) => b.outside.length - a.outside.length || compareByName(a.network, b.network));
}
