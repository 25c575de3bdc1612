// What a municipality's profile is assembled from: answers of the GraphStore port, gathered by
// store/municipality-profile.ts, and one index over them that the section builders share.
import type { NodeDetail, NodeSummary } from '../../domain/api';
import type { MunicipalityCoverage } from '../../domain/coverage';
import type { Finding, RuleParameters } from '../../domain/findings';
import { nodeName, type GraphNode, type NodeOfLabel, type Relationship, type Subgraph } from '../../domain/graph';
import { labelOfId } from '../../domain/ids';

export interface ProfileFacts {
  /** The municipality's id (`nis:<NIS>`). */
  municipality: string;
  /** `municipalityGraph`: the municipality, its zones and neighbours, its networks and their member
   * organisations, the organisations it runs or funds, the offers in or serving it with their providers. */
  graph: Subgraph;
  /** `nodeDetail` of every network it covers, directs or sits in, and of the zorgraden of its zones. */
  networks: NodeDetail[];
  /** `nodeDetail` of its zones (their COUNCIL_OF relationships name the zorgraden). */
  zones: NodeDetail[];
  /** `coverage` rows of the municipality and its neighbours (others are ignored). */
  coverage: MunicipalityCoverage[];
  /** `findings` of every rule, computed with `parameters`. */
  findings: Finding[];
  parameters: RuleParameters;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Names as a Dutch reader sorts them, ids breaking ties, so the order never depends on the store. */
export function byName(a: NodeSummary, b: NodeSummary): number {
  return a.name.localeCompare(b.name, 'nl') || byId(a, b);
}

export function sortedById<T extends { id: string }>(values: Iterable<T>): T[] {
  return [...values].sort(byId);
}

export interface ProfileIndex {
  facts: ProfileFacts;
  municipality: NodeOfLabel<'Municipality'>;
  node(id: string): GraphNode | undefined;
  /** A node's summary: from the municipality's graph, else from a network's or zone's detail, else its id. */
  summary(id: string): NodeSummary;
  /** Its zones and adjacent municipalities, sorted by id. */
  zones: string[];
  neighbours: string[];
  /** The relationships with the municipality at one end. */
  own: Relationship[];
  /** Networks it covers, directs or sits in, sorted by id. */
  linkedNetworks: string[];
  networkDetail(id: string): NodeDetail | undefined;
  /** Coverage row of a municipality among it and its neighbours. */
  coverage(id: string): MunicipalityCoverage | undefined;
}

export function indexFacts(facts: ProfileFacts): ProfileIndex {
  const nodes = new Map(facts.graph.nodes.map((node) => [node.id, node]));
  const municipality = nodes.get(facts.municipality);
  if (municipality?.label !== 'Municipality') {
    throw new Error(`municipality-profile: the graph does not hold municipality "${facts.municipality}"`);
  }
  const summaries = new Map<string, NodeSummary>();
  for (const detail of [...facts.networks, ...facts.zones]) {
    summaries.set(detail.node.id, { id: detail.node.id, label: detail.node.label, name: nodeName(detail.node) });
    for (const { other } of detail.relationships) summaries.set(other.id, other);
  }
  const own = facts.graph.relationships.filter((r) => r.from === facts.municipality || r.to === facts.municipality);
  const other = (r: Relationship) => (r.from === facts.municipality ? r.to : r.from);
  const ends = (types: readonly Relationship['type'][]) => [...new Set(own.filter((r) => types.includes(r.type)).map(other))].sort();
  const details = new Map(facts.networks.map((detail) => [detail.node.id, detail]));
  const coverage = new Map(facts.coverage.map((row) => [row.municipality.id, row]));

  return {
    facts,
    municipality,
    node: (id) => nodes.get(id),
    summary: (id) => {
      const node = nodes.get(id);
      if (node) return { id, label: node.label, name: nodeName(node) };
      const known = summaries.get(id);
      if (known) return known;
      // Every id a store hands out carries its label's prefix; one without is a bug upstream.
      const label = labelOfId(id);
      if (label === undefined) throw new Error(`municipality-profile: "${id}" is not a node id`);
      return { id, label, name: id };
    },
    zones: ends(['IN_ZONE']),
    neighbours: ends(['ADJACENT_TO']),
    own,
    linkedNetworks: ends(['COVERS', 'DIRECTS', 'MEMBER_OF']).filter((id) => nodes.get(id)?.label === 'Network'),
    networkDetail: (id) => details.get(id),
    coverage: (id) => coverage.get(id),
  };
}

/** The network node of an id in the municipality's graph, or its detail. */
export function networkNode(index: ProfileIndex, id: string): NodeOfLabel<'Network'> | undefined {
  const node = index.node(id) ?? index.networkDetail(id)?.node;
  return node?.label === 'Network' ? node : undefined;
}
