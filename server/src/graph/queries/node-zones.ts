// Which zones a node belongs to or reaches: the answer to "where is this?" in the side panel.
import { linked, type KnooppuntGraph } from '../knooppunt-graph';

/**
 * A municipality's own zones; a zone itself; a zorgraad's zone; for other networks the zones of the
 * municipalities they cover; for an organisation the zones of its offers' municipalities and of the
 * municipalities that run it; for an offer the zones where it is located or that it serves. Sorted.
 */
export function nodeZones(graph: KnooppuntGraph, node: string): string[] {
  const zones = new Set<string>();
  const addZonesOf = (municipality: string) => {
    for (const zone of linked(graph, municipality, 'IN_ZONE', 'out')) zones.add(zone);
  };
  const addOfferZones = (offer: string) => {
    for (const municipality of linked(graph, offer, 'LOCATED_IN', 'out')) addZonesOf(municipality);
    for (const municipality of linked(graph, offer, 'SERVES', 'out')) addZonesOf(municipality);
  };
  switch (graph.getNodeAttribute(node, 'label')) {
    case 'Municipality':
      addZonesOf(node);
      break;
    case 'Zone':
      zones.add(node);
      break;
    case 'Network':
      for (const zone of linked(graph, node, 'COUNCIL_OF', 'out')) zones.add(zone);
      for (const municipality of linked(graph, node, 'COVERS', 'out')) addZonesOf(municipality);
      break;
    case 'Organisation':
      for (const municipality of linked(graph, node, 'OPERATES', 'in')) addZonesOf(municipality);
      for (const offer of linked(graph, node, 'PROVIDES', 'out')) addOfferZones(offer);
      break;
    case 'Offer':
      addOfferZones(node);
      break;
  }
  return [...zones].sort();
}
