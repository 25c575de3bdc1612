// A zone's collaboration network: what a zorgraad coordinator sees first.
import type { Subgraph } from '../../domain/graph';
import { inducedSubgraph, linked, type KnooppuntGraph } from '../knooppunt-graph';

/**
 * The zone, its municipalities, the other zones those municipalities lie in, the networks that cover,
 * are directed by or are the council of them, the organisations that sit in those networks, are run by
 * those municipalities or have offers there, those offers, and every relationship among all of these.
 * Undefined when the id is not a zone.
 */
export function zoneGraph(graph: KnooppuntGraph, zone: string): Subgraph | undefined {
  if (!graph.hasNode(zone) || graph.getNodeAttribute(zone, 'label') !== 'Zone') return undefined;
  const members = new Set<string>([zone]);
  const municipalities = linked(graph, zone, 'IN_ZONE', 'in');
  const networks = new Set<string>(linked(graph, zone, 'COUNCIL_OF', 'in'));

  for (const municipality of municipalities) {
    members.add(municipality);
    for (const other of linked(graph, municipality, 'IN_ZONE', 'out')) members.add(other);
    for (const network of linked(graph, municipality, 'COVERS', 'in')) networks.add(network);
    for (const network of linked(graph, municipality, 'DIRECTS', 'out')) networks.add(network);
    for (const organisation of linked(graph, municipality, 'OPERATES', 'out')) members.add(organisation);
    for (const offer of linked(graph, municipality, 'LOCATED_IN', 'in')) {
      members.add(offer);
      for (const provider of linked(graph, offer, 'PROVIDES', 'in')) members.add(provider);
    }
  }
  for (const network of networks) {
    members.add(network);
    graph.forEachInEdge(network, (_edge, attributes, source) => {
      if (attributes.type === 'MEMBER_OF' && graph.getNodeAttribute(source, 'label') === 'Organisation') members.add(source);
    });
  }
  return inducedSubgraph(graph, members);
}
