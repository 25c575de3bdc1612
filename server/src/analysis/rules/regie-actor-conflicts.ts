// The regie/actor role conflict as facts: a municipality directs a network and, in that network's area,
// also acts in a domain the network directs. CONFLICT_REGIE_ACTOR reports it; CONFLICT_SELF_FUNDING builds on it.
import type { MembershipProperties, NetworkProperties } from '../../domain/graph';
import { NETWORK_TYPE_DOMAINS, type ServiceDomain } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { derived, forEachRelationship } from './graph-index';
import { operatedByMunicipality } from './municipal-funding';
import { offerTable } from './offer-table';

export interface RegieActorConflict {
  /** The directing municipality. */
  municipality: string;
  network: string;
  /** The domains the network's type directs. */
  domains: readonly ServiceDomain[];
  governanceModel: boolean;
  /** The municipality is itself a member of the network with role `actor`. */
  actorMember: boolean;
  /** Organisations it operates with an offer of one of the domains located in or serving the network's area, sorted. */
  organisations: string[];
}

export function networkDomains(graph: KnooppuntGraph, network: string): readonly ServiceDomain[] {
  return NETWORK_TYPE_DOMAINS[(graph.getNodeAttribute(network, 'properties') as NetworkProperties).type];
}

/** Computed once per graph: CONFLICT_REGIE_ACTOR and CONFLICT_SELF_FUNDING both read it. */
export function regieActorConflicts(graph: KnooppuntGraph): readonly RegieActorConflict[] {
  return derived(graph, 'regieActorConflicts', () => findConflicts(graph));
}

function findConflicts(graph: KnooppuntGraph): RegieActorConflict[] {
  // Only networks whose type directs a domain can give a role conflict (not SOCIAAL_HUIS, ZORGZAME_BUURT, OTHER).
  const directorsOf = new Map<string, string[]>();
  forEachRelationship(graph, 'DIRECTS', (municipality, network) => {
    if (networkDomains(graph, network).length === 0) return;
    const directors = directorsOf.get(network);
    if (directors === undefined) directorsOf.set(network, [municipality]);
    else if (!directors.includes(municipality)) directors.push(municipality);
  });
  if (directorsOf.size === 0) return [];

  const actorMemberships = new Set<string>();
  forEachRelationship<MembershipProperties>(graph, 'MEMBER_OF', (member, network, membership) => {
    if (membership.role === 'actor' && directorsOf.has(network)) actorMemberships.add(`${member} ${network}`);
  });
  const areaOf = new Map<string, Set<string>>();
  forEachRelationship(graph, 'COVERS', (network, municipality) => {
    if (!directorsOf.has(network)) return;
    const area = areaOf.get(network);
    if (area === undefined) areaOf.set(network, new Set([municipality]));
    else area.add(municipality);
  });
  const operated = operatedByMunicipality(graph);
  const { byOrganisation } = offerTable(graph);

  const conflicts: RegieActorConflict[] = [];
  for (const [network, directors] of directorsOf) {
    const domains = networkDomains(graph, network);
    const area = areaOf.get(network) ?? new Set<string>();
    for (const municipality of directors) {
      const organisations: string[] = [];
      for (const organisation of operated.get(municipality) ?? []) {
        const actsInArea = (byOrganisation.get(organisation) ?? []).some(
          (offer) => domains.includes(offer.domain) && offer.reach.some((reached) => area.has(reached)),
        );
        if (actsInArea) organisations.push(organisation);
      }
      const actorMember = actorMemberships.has(`${municipality} ${network}`);
      if (!actorMember && organisations.length === 0) continue;
      conflicts.push({
        municipality,
        network,
        domains,
        governanceModel: (graph.getNodeAttribute(network, 'properties') as NetworkProperties).governanceModel === true,
        actorMember,
        organisations: organisations.sort(),
      });
    }
  }
  return conflicts;
}
