// Coverage per municipality (GET /api/coverage), the table a municipality checks its partner coverage
// against. Both stores gather the same facts; `coverageRow` turns them into the answer, so rounding and
// order are the same everywhere.
import type { NodeSummary } from '../domain/api';
import type { CoverageResponse, MunicipalityCoverage, Reach } from '../domain/coverage';
import type { MunicipalityProperties, NetworkProperties } from '../domain/graph';
import { FUNCTIONS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '../domain/vocabulary';
import { compareIds, linked, nodesOfLabel, type KnooppuntGraph } from '../graph/knooppunt-graph';
import { adjacentTo, nameOf, offerPlaces, offerProperties } from './graph-facts';

export interface CoverageFacts {
  id: string;
  name: string;
  nis: string;
  children0to3?: number;
  zones: string[];
  networks: { id: string; type: NetworkType; name: string }[];
  /** Functions of offers located in or serving the municipality. */
  localFunctions: string[];
  /** Functions of offers located in or serving an adjacent municipality. */
  neighbourFunctions: string[];
  /** Capacity of the kinderopvang_baby_peuter offers located in it. */
  childcarePlaces: number;
}

export function coverageRow(facts: CoverageFacts): MunicipalityCoverage {
  const local = new Set(facts.localFunctions);
  const neighbour = new Set(facts.neighbourFunctions);
  const networks = Object.fromEntries(NETWORK_TYPES.map((type) => [type, [] as NodeSummary[]])) as Record<NetworkType, NodeSummary[]>;
  for (const network of [...facts.networks].sort((a, b) => compareIds(a.id, b.id))) {
    networks[network.type].push({ id: network.id, label: 'Network', name: network.name });
  }
  const reach = Object.fromEntries(
    FUNCTIONS.map((fn): [OfferFunction, Reach] => [fn, local.has(fn) ? 'local' : neighbour.has(fn) ? 'neighbour' : 'none']),
  ) as Record<OfferFunction, Reach>;
  const children = facts.children0to3;
  return {
    municipality: { id: facts.id, label: 'Municipality', name: facts.name, nis: facts.nis },
    zones: [...facts.zones].sort(),
    networks,
    reach,
    childcare: {
      places: facts.childcarePlaces,
      ...(children !== undefined ? { children0to3: children } : {}),
      ...(children !== undefined && children > 0 ? { per100: Math.round((facts.childcarePlaces * 1000) / children) / 10 } : {}),
    },
  };
}

export function sortCoverage(rows: MunicipalityCoverage[]): MunicipalityCoverage[] {
  return rows.sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl') || compareIds(a.municipality.id, b.municipality.id));
}

function offerFunctionsReaching(graph: KnooppuntGraph, municipality: string): string[] {
  const functions = new Set<string>();
  for (const type of ['LOCATED_IN', 'SERVES'] as const) {
    for (const offer of linked(graph, municipality, type, 'in')) functions.add(offerProperties(graph, offer).function);
  }
  return [...functions];
}

function factsOf(graph: KnooppuntGraph, municipality: string): CoverageFacts {
  const properties = graph.getNodeAttribute(municipality, 'properties') as MunicipalityProperties;
  const childcarePlaces = linked(graph, municipality, 'LOCATED_IN', 'in')
    .filter((offer) => offerProperties(graph, offer).function === 'kinderopvang_baby_peuter')
    .reduce((sum, offer) => sum + offerPlaces(graph, offer), 0);
  return {
    id: municipality,
    name: properties.name,
    nis: properties.nis,
    ...(properties.children0to3 !== undefined ? { children0to3: properties.children0to3 } : {}),
    zones: linked(graph, municipality, 'IN_ZONE', 'out'),
    networks: linked(graph, municipality, 'COVERS', 'in').map((network) => ({
      id: network,
      type: (graph.getNodeAttribute(network, 'properties') as NetworkProperties).type,
      name: nameOf(graph, network),
    })),
    localFunctions: offerFunctionsReaching(graph, municipality),
    neighbourFunctions: adjacentTo(graph, municipality).flatMap((neighbour) => offerFunctionsReaching(graph, neighbour)),
    childcarePlaces,
  };
}

/** Every municipality, or those of one zone; undefined when the zone does not exist. */
export function coverage(graph: KnooppuntGraph, zone?: string): CoverageResponse | undefined {
  if (zone !== undefined && (!graph.hasNode(zone) || graph.getNodeAttribute(zone, 'label') !== 'Zone')) return undefined;
  const municipalities = zone === undefined ? nodesOfLabel(graph, 'Municipality') : linked(graph, zone, 'IN_ZONE', 'in');
  const rows = sortCoverage(municipalities.map((municipality) => coverageRow(factsOf(graph, municipality))));
  return zone === undefined ? { municipalities: rows } : { zone: { id: zone, label: 'Zone', name: nameOf(graph, zone) }, municipalities: rows };
}
