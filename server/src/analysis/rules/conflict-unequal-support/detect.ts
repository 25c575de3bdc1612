// CONFLICT_UNEQUAL_SUPPORT — gelijk speelveld: "zowel openbare als private initiatieven hebben recht op eenzelfde ondersteuning".
import type { OrganisationProperties } from '../../../domain/graph';
import type { ServiceDomain } from '../../../domain/vocabulary';
import type { KnooppuntGraph } from '../../../graph/knooppunt-graph';
import { detection, type Detection, type Rule } from '../../finding';
import { fundingByMunicipality, operatedByMunicipality, round2 } from '../municipal-funding';
import { derived } from '../graph-index';
import { offerTable } from '../offer-table';

export type ConflictUnequalSupportEvidence = {
  domain: ServiceDomain;
  ownOrganisations: string[];
  ownPerPlace: number | null;
  disadvantaged: string[];
};

/** Domain → organisation → places of its offers of that domain located in one municipality (0 without capacity). */
type LocalPlaces = Map<ServiceDomain, Map<string, number>>;

export const conflictUnequalSupport: Rule = (graph, parameters) => {
  const funding = fundingByMunicipality(graph, parameters.year);
  const operated = operatedByMunicipality(graph);
  // Its own organisations are the ones it operates and pays in the counted years; without any, nothing to compare.
  const paidOwn = new Map<string, Set<string>>();
  for (const [municipality, paid] of funding) {
    const own = [...paid].filter(([organisation, amount]) => amount > 0 && operated.get(municipality)?.has(organisation));
    if (own.length > 0) paidOwn.set(municipality, new Set(own.map(([organisation]) => organisation)));
  }
  if (paidOwn.size === 0) return [];

  const found: Detection[] = [];
  for (const [municipality, funded] of paidOwn) {
    const paid = funding.get(municipality) ?? new Map<string, number>();
    for (const [domain, placesOf] of localPlaces(graph, municipality)) {
      const own = [...placesOf.keys()].filter((organisation) => funded.has(organisation)).sort();
      if (own.length === 0) continue;
      let ownFunding = 0;
      let ownPlaces = 0;
      for (const organisation of own) {
        ownFunding += paid.get(organisation) ?? 0;
        ownPlaces += placesOf.get(organisation) ?? 0;
      }
      const disadvantaged: string[] = [];
      for (const [organisation, otherPlaces] of placesOf) {
        if (funded.has(organisation) || !isNonPublic(graph, organisation)) continue;
        const otherFunding = paid.get(organisation) ?? 0;
        // Per place needs places on both sides; compared cross-multiplied so no rounding decides it.
        const lessPerPlace =
          ownPlaces > 0 && otherPlaces > 0 && otherFunding * ownPlaces < parameters.unequalRatio * ownFunding * otherPlaces;
        if (otherFunding <= 0 || lessPerPlace) disadvantaged.push(organisation);
      }
      if (disadvantaged.length === 0) continue;
      disadvantaged.sort();
      const evidence: ConflictUnequalSupportEvidence = {
        domain,
        ownOrganisations: own,
        ownPerPlace: ownPlaces > 0 ? round2(ownFunding / ownPlaces) : null,
        disadvantaged,
      };
      found.push(
        detection({
          rule: 'CONFLICT_UNEQUAL_SUPPORT',
          subject: municipality,
          key: domain,
          severity: 'medium',
          related: [...own, ...disadvantaged],
          evidence,
        }),
      );
    }
  }
  return found;
};

/** Places per domain and organisation of the offers located in one municipality; kept per graph. */
function localPlaces(graph: KnooppuntGraph, municipality: string): LocalPlaces {
  const all = derived(graph, 'local-places', () => {
    const result = new Map<string, LocalPlaces>();
    for (const [location, offers] of offerTable(graph).byLocation) {
      const byDomain: LocalPlaces = new Map();
      for (const { provider, domain, places } of offers) {
        if (provider === undefined) continue;
        let placesOf = byDomain.get(domain);
        if (placesOf === undefined) byDomain.set(domain, (placesOf = new Map()));
        placesOf.set(provider, (placesOf.get(provider) ?? 0) + places);
      }
      result.set(location, byDomain);
    }
    return result;
  });
  return all.get(municipality) ?? new Map();
}

function isNonPublic(graph: KnooppuntGraph, organisation: string): boolean {
  return (graph.getNodeAttribute(organisation, 'properties') as OrganisationProperties).legalForm !== 'public';
}
