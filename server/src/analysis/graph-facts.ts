// Facts about the graph that several rules read: who covers, directs and sits where, with which seat,
// where offers reach, and how much a municipality funds. Pure functions over the graphology graph.
import type { MembershipProperties, NetworkProperties, OfferProperties, OrganisationProperties } from '../domain/graph';
import { nodeName } from '../domain/graph';
import type { NetworkType, Sector } from '../domain/vocabulary';
import { linked, nodesOfLabel, toGraphNode, type KnooppuntGraph } from '../graph/knooppunt-graph';

export function nameOf(graph: KnooppuntGraph, id: string): string {
  return nodeName(toGraphNode(id, graph.getNodeAttributes(id)));
}

export function municipalities(graph: KnooppuntGraph): string[] {
  return nodesOfLabel(graph, 'Municipality').sort();
}

export function networks(graph: KnooppuntGraph, type?: NetworkType): string[] {
  return nodesOfLabel(graph, 'Network')
    .filter((id) => type === undefined || networkProperties(graph, id).type === type)
    .sort();
}

export function networkProperties(graph: KnooppuntGraph, network: string): NetworkProperties {
  return graph.getNodeAttribute(network, 'properties') as NetworkProperties;
}

export function organisationProperties(graph: KnooppuntGraph, organisation: string): OrganisationProperties {
  return graph.getNodeAttribute(organisation, 'properties') as OrganisationProperties;
}

export function offerProperties(graph: KnooppuntGraph, offer: string): OfferProperties {
  return graph.getNodeAttribute(offer, 'properties') as OfferProperties;
}

export function zonesOf(graph: KnooppuntGraph, municipality: string): string[] {
  return linked(graph, municipality, 'IN_ZONE', 'out').sort();
}

/** The networks (of one type, if given) that COVER a municipality, sorted. */
export function networksCovering(graph: KnooppuntGraph, municipality: string, type?: NetworkType): string[] {
  return linked(graph, municipality, 'COVERS', 'in')
    .filter((network) => type === undefined || networkProperties(graph, network).type === type)
    .sort();
}

/** The municipalities a network COVERS (its area), sorted. */
export function coveredBy(graph: KnooppuntGraph, network: string): string[] {
  return linked(graph, network, 'COVERS', 'out').sort();
}

/** The municipalities that DIRECT a network, sorted. */
export function directorsOf(graph: KnooppuntGraph, network: string): string[] {
  return linked(graph, network, 'DIRECTS', 'in').sort();
}

export function adjacentTo(graph: KnooppuntGraph, municipality: string): string[] {
  const neighbours = new Set<string>();
  graph.forEachEdge(municipality, (_edge, attributes, source, target) => {
    if (attributes.type === 'ADJACENT_TO') neighbours.add(source === municipality ? target : source);
  });
  return [...neighbours].sort();
}

export interface Membership {
  member: string;
  role: MembershipProperties['role'];
  /** The seat (docs/rules.md): MEMBER_OF.sector, else the organisation's sector, else lokaal_bestuur. */
  seat: Sector;
}

export function membersOf(graph: KnooppuntGraph, network: string): Membership[] {
  const members: Membership[] = [];
  graph.forEachInEdge(network, (_edge, attributes, source) => {
    if (attributes.type !== 'MEMBER_OF') return;
    const membership = attributes.properties as MembershipProperties;
    const seat =
      membership.sector ??
      (graph.getNodeAttribute(source, 'label') === 'Organisation' ? organisationProperties(graph, source).sector : 'lokaal_bestuur');
    members.push({ member: source, role: membership.role, seat });
  });
  return members.sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
}

/** The municipalities an offer is located in or serves. */
export function offerReach(graph: KnooppuntGraph, offer: string): string[] {
  return [...new Set([...linked(graph, offer, 'LOCATED_IN', 'out'), ...linked(graph, offer, 'SERVES', 'out')])].sort();
}

export function offerLocation(graph: KnooppuntGraph, offer: string): string | undefined {
  return linked(graph, offer, 'LOCATED_IN', 'out')[0];
}

/** An offer without a capacity counts as 0 places. */
export function offerPlaces(graph: KnooppuntGraph, offer: string): number {
  return offerProperties(graph, offer).capacity ?? 0;
}

export function offersOf(graph: KnooppuntGraph, organisation: string): string[] {
  return linked(graph, organisation, 'PROVIDES', 'out').sort();
}

export function operatedBy(graph: KnooppuntGraph, municipality: string): string[] {
  return linked(graph, municipality, 'OPERATES', 'out').sort();
}

/** What a municipality gives an organisation, summed over rows and years (or one year when given). */
export function fundingAmount(graph: KnooppuntGraph, municipality: string, organisation: string, year?: number): number {
  let total = 0;
  graph.forEachOutEdge(municipality, (_edge, attributes, _source, target) => {
    if (attributes.type !== 'FUNDS' || target !== organisation) return;
    const funding = attributes.properties as { year: number; amount: number };
    if (year === undefined || funding.year === year) total += funding.amount;
  });
  return total;
}
