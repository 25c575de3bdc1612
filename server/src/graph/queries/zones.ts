// The zone picker's list.
import type { ZoneSummary } from '../../domain/api';
import type { ZoneProperties } from '../../domain/graph';
import { compareIds, linked, nodesOfLabel, type KnooppuntGraph } from '../knooppunt-graph';

export function listZones(graph: KnooppuntGraph): ZoneSummary[] {
  return nodesOfLabel(graph, 'Zone')
    .map((id) => ({
      id,
      name: (graph.getNodeAttribute(id, 'properties') as ZoneProperties).name,
      municipalityCount: linked(graph, id, 'IN_ZONE', 'in').length,
      hasZorgraad: linked(graph, id, 'COUNCIL_OF', 'in').length > 0,
    }))
    .sort(compareZones);
}

/** By name as a Dutch reader sorts, then by id: the order of the zone picker on every store. */
export function compareZones(a: ZoneSummary, b: ZoneSummary): number {
  return a.name.localeCompare(b.name, 'nl') || compareIds(a.id, b.id);
}
