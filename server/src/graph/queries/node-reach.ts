// Where nodes work, in municipalities and their zones: what a zone's dashboard needs to see which of its
// networks and organisations reach across its border. Asked for many nodes at once, so one store call serves a zone.
import type { MunicipalityProperties } from '../../domain/graph';
import type { NodeReach, ReachedMunicipality } from '../../domain/api';
import { compareIds, linked, type KnooppuntGraph } from '../knooppunt-graph';

/** The municipalities one node reaches (see NodeReach for the definition per label). */
function reachedMunicipalities(graph: KnooppuntGraph, node: string): Set<string> {
  const reached = new Set<string>();
  const addOffer = (offer: string) => {
    for (const municipality of linked(graph, offer, 'LOCATED_IN', 'out')) reached.add(municipality);
    for (const municipality of linked(graph, offer, 'SERVES', 'out')) reached.add(municipality);
  };
  switch (graph.getNodeAttribute(node, 'label')) {
    case 'Municipality':
      reached.add(node);
      break;
    case 'Zone':
      for (const municipality of linked(graph, node, 'IN_ZONE', 'in')) reached.add(municipality);
      break;
    case 'Network':
      for (const municipality of linked(graph, node, 'COVERS', 'out')) reached.add(municipality);
      break;
    case 'Organisation':
      for (const municipality of linked(graph, node, 'OPERATES', 'in')) reached.add(municipality);
      for (const offer of linked(graph, node, 'PROVIDES', 'out')) addOffer(offer);
      break;
    case 'Offer':
      addOffer(node);
      break;
  }
  return reached;
}

/** The reach of every node of `nodeIds` that exists (unknown ids are left out), sorted by id. */
export function nodeReach(graph: KnooppuntGraph, nodeIds: readonly string[]): NodeReach[] {
  const described = new Map<string, ReachedMunicipality>();
  const describe = (municipality: string): ReachedMunicipality => {
    let summary = described.get(municipality);
    if (summary === undefined) {
      const properties = graph.getNodeAttribute(municipality, 'properties') as MunicipalityProperties;
      summary = { id: municipality, label: 'Municipality', name: properties.name, zones: linked(graph, municipality, 'IN_ZONE', 'out').sort(compareIds) };
      described.set(municipality, summary);
    }
    return summary;
  };
  return [...new Set(nodeIds)]
    .filter((id) => graph.hasNode(id))
    .sort(compareIds)
    .map((id) => ({ id, municipalities: [...reachedMunicipalities(graph, id)].sort(compareIds).map(describe) }));
}
