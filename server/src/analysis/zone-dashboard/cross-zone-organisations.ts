// Organisations of the zone also active in other zones: run by, or with offers located in or serving,
// municipalities outside it. They have to align with several zorgraden, and they are the zone's natural
// bridges to its neighbours.
import type { NodeReach, NodeSummary } from '../../domain/api';
import type { CrossZoneOrganisation } from '../../domain/zone-dashboard';
import { compareIds, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { organisationProperties } from '../graph-facts';
import { compareByName, summaryOf } from './node-summaries';
import { outsideOf } from './outside-reach';

/**
 * Every organisation of the zone graph that reaches a municipality outside `zone` (as `reach` reports it);
 * sorted by the number of other zones, most first, then by the number of outside municipalities, then by name.
 * A municipality in several zones (Antwerpen) counts as inside when one of its zones is this one.
 */
export function crossZoneOrganisations(
  graph: KnooppuntGraph,
  zone: string,
  reach: ReadonlyMap<string, NodeReach>,
  zoneName: (id: string) => NodeSummary,
): CrossZoneOrganisation[] {
  const found: CrossZoneOrganisation[] = [];
  for (const organisation of graph.filterNodes((_id, attributes) => attributes.label === 'Organisation').sort(compareIds)) {
    const { outside, otherZones } = outsideOf(reach.get(organisation)?.municipalities ?? [], zone, zoneName);
    if (outside.length === 0) continue;
    found.push({ organisation: summaryOf(graph, organisation), sector: organisationProperties(graph, organisation).sector, outside, otherZones });
  }
  return found.sort(
    (a, b) => b.otherZones.length - a.otherZones.length || b.outside.length - a.outside.length || compareByName(a.organisation, b.organisation),
  );
}
