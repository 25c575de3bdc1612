// A municipality's profile, asked of any store through its port: the municipality's graph, the details of
// its zones and networks, coverage and findings; assembled by analysis/municipality-profile/.
import { assembleMunicipalityProfile } from '../analysis/municipality-profile/assemble-profile';
import type { ProfileFacts } from '../analysis/municipality-profile/profile-facts';
import type { NodeDetail } from '../domain/api';
import type { RuleParameters } from '../domain/findings';
import type { MunicipalityProfile } from '../domain/municipality-profile';
import type { GraphStore } from './graph-store';

async function details(store: GraphStore, ids: Iterable<string>): Promise<NodeDetail[]> {
  const found = await Promise.all([...new Set(ids)].sort().map((id) => store.nodeDetail(id)));
  return found.filter((detail): detail is NodeDetail => detail !== undefined);
}

/** What the profile is assembled from; undefined when the id is not a municipality. */
export async function gatherProfileFacts(store: GraphStore, municipality: string, parameters: RuleParameters): Promise<ProfileFacts | undefined> {
  const graph = await store.municipalityGraph(municipality);
  if (graph === undefined) return undefined;
  const own = graph.relationships.filter((r) => r.from === municipality || r.to === municipality);
  const ends = (types: readonly string[]) => own.filter((r) => types.includes(r.type)).map((r) => (r.from === municipality ? r.to : r.from));
  const neighbours = new Set(ends(['ADJACENT_TO']));
  const networkIds = new Set(graph.nodes.filter((node) => node.label === 'Network').map((node) => node.id));
  const linkedNetworks = ends(['COVERS', 'DIRECTS', 'MEMBER_OF']).filter((id) => networkIds.has(id));

  // Coverage of every municipality rather than per zone: neighbours often lie in another zone.
  const [zones, coverage, findings] = await Promise.all([details(store, ends(['IN_ZONE'])), store.coverage(), store.findings(parameters)]);
  const zorgraden = zones.flatMap((zone) =>
    zone.relationships.filter((entry) => entry.relationship.type === 'COUNCIL_OF' && entry.direction === 'in').map((entry) => entry.other.id),
  );
  return {
    municipality,
    graph,
    networks: await details(store, [...linkedNetworks, ...zorgraden]),
    zones,
    coverage: (coverage?.municipalities ?? []).filter((row) => row.municipality.id === municipality || neighbours.has(row.municipality.id)),
    findings,
    parameters,
  };
}

/** Undefined when the id is not a municipality. */
export async function municipalityProfile(store: GraphStore, municipality: string, parameters: RuleParameters): Promise<MunicipalityProfile | undefined> {
  const facts = await gatherProfileFacts(store, municipality, parameters);
  return facts === undefined ? undefined : assembleMunicipalityProfile(facts);
}
