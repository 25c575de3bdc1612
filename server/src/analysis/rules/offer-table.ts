// Every offer with its provider, location, reach, domain and places, joined once from PROVIDES, LOCATED_IN and
// SERVES and shared by the rules that ask who provides what where (role conflicts, support, zone boundaries).
import type { OfferProperties } from '../../domain/graph';
import { FUNCTION_DOMAIN, type ServiceDomain } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { derived, forEachRelationship, nodesLabelled } from './graph-index';

export interface OfferFacts {
  offer: string;
  provider: string | undefined;
  location: string | undefined;
  /** The municipality it is located in and the ones it serves. */
  reach: string[];
  domain: ServiceDomain;
  /** An offer without a capacity counts as 0 places. */
  places: number;
}

export interface OfferTable {
  byOrganisation: ReadonlyMap<string, readonly OfferFacts[]>;
  byLocation: ReadonlyMap<string, readonly OfferFacts[]>;
}

export function offerTable(graph: KnooppuntGraph): OfferTable {
  return derived(graph, 'offerTable', () => {
    const byId = new Map<string, OfferFacts>();
    for (const offer of nodesLabelled(graph, 'Offer')) {
      const properties = graph.getNodeAttribute(offer, 'properties') as OfferProperties;
      const domain = FUNCTION_DOMAIN[properties.function];
      byId.set(offer, { offer, provider: undefined, location: undefined, reach: [], domain, places: properties.capacity ?? 0 });
    }
    const byOrganisation = new Map<string, OfferFacts[]>();
    forEachRelationship(graph, 'PROVIDES', (organisation, offer) => {
      const facts = byId.get(offer);
      if (facts === undefined) return;
      facts.provider = organisation;
      const offers = byOrganisation.get(organisation);
      if (offers === undefined) byOrganisation.set(organisation, [facts]);
      else offers.push(facts);
    });
    const byLocation = new Map<string, OfferFacts[]>();
    forEachRelationship(graph, 'LOCATED_IN', (offer, municipality) => {
      const facts = byId.get(offer);
      if (facts === undefined) return;
      facts.location = municipality;
      facts.reach.push(municipality);
      const offers = byLocation.get(municipality);
      if (offers === undefined) byLocation.set(municipality, [facts]);
      else offers.push(facts);
    });
    forEachRelationship(graph, 'SERVES', (offer, municipality) => {
      const facts = byId.get(offer);
      if (facts !== undefined && !facts.reach.includes(municipality)) facts.reach.push(municipality);
    });
    return { byOrganisation, byLocation };
  });
}
