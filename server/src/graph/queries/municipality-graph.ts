// One municipality's partner network: what a municipality checks its coverage against.
import type { Subgraph } from '../../domain/graph';
import { inducedSubgraph, linked, type KnooppuntGraph } from '../knooppunt-graph';

/**
 * The municipality, its zones and adjacent municipalities, the networks that cover it, that it directs
 * or sits in, those networks' member organisations, the organisations it runs or funds, the offers
 * located in or serving it with their providers, and every relationship among these.
 * Undefined when the id is not a municipality.
 */
export function municipalityGraph(graph: KnooppuntGraph, municipality: string): Subgraph | undefined {
  if (!graph.hasNode(municipality) || graph.getNodeAttribute(municipality, 'label') !== 'Municipality') return undefined;
  const members = new Set<string>([municipality]);
  const networks = new Set<string>();
  graph.forEachEdge(municipality, (_edge, attributes, source, target) => {
    const other = source === municipality ? target : source;
    switch (attributes.type) {
      case 'IN_ZONE':
      case 'ADJACENT_TO':
      case 'OPERATES':
      case 'FUNDS':
        members.add(other);
        break;
      case 'COVERS':
      case 'DIRECTS':
      case 'MEMBER_OF':
        networks.add(other);
        break;
      case 'LOCATED_IN':
      case 'SERVES':
        members.add(other);
        for (const provider of linked(graph, other, 'PROVIDES', 'in')) members.add(provider);
        break;
      default:
        break;
    }
  });
  for (const network of networks) {
    members.add(network);
    graph.forEachInEdge(network, (_edge, attributes, source) => {
      if (attributes.type === 'MEMBER_OF' && graph.getNodeAttribute(source, 'label') === 'Organisation') members.add(source);
    });
  }
  return inducedSubgraph(graph, members);
}
