// Level of detail inside a view: a municipality's organisations of one sector drawn as one node
// ("12 kinderopvang") until someone opens the group, with their relationships summed onto it; and the
// offers left over (those of organisations drawn on their own) per municipality and function
// ("8 × buitenschoolse opvang"), which were most of a big zone's nodes and edges.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { OfferFunction, Sector } from '@knooppunt/server/domain/vocabulary';
import type { ElementDefinition } from 'cytoscape';

export interface SectorGroup {
  /** `group:<municipality id>:<sector>`, stable across loads so it can stand in a link. */
  id: string;
  municipality: string;
  sector: Sector;
  organisations: string[];
  /** Offers of those organisations, which go into the group with them. */
  offers: string[];
}

export interface SectorGroupOptions {
  /** Groups left open (by id). */
  open: ReadonlySet<string>;
  /** Nodes that must stay visible on their own: the selection, a finding's nodes. */
  keep: ReadonlySet<string>;
  /** Fewer organisations than this stay as they are: a group of two hides more than it saves. */
  minSize: number;
}

export const groupId = (municipality: string, sector: Sector): string => `group:${municipality}:${sector}`;

/** Offers located in one municipality with one function, drawn as one node. */
export interface OfferGroup {
  /** `offers:<municipality id>:<function>`, stable across loads so it can stand in a link. */
  id: string;
  municipality: string;
  function: OfferFunction;
  offers: string[];
}

export type NodeGroup = SectorGroup | OfferGroup;

export const isOfferGroup = (group: NodeGroup): group is OfferGroup => 'function' in group;

export const offerGroupId = (municipality: string, offerFunction: OfferFunction): string => `offers:${municipality}:${offerFunction}`;

/**
 * The offers not already inside a sector group (`grouped`), grouped by the municipality they are located in
 * and their function, from the minimum size on; open groups and groups holding a node to keep stay apart.
 */
export function offerGroups(subgraph: Subgraph, grouped: ReadonlySet<string>, options: SectorGroupOptions): OfferGroup[] {
  const locatedIn = new Map<string, string>();
  for (const rel of subgraph.relationships) if (rel.type === 'LOCATED_IN' && !locatedIn.has(rel.from)) locatedIn.set(rel.from, rel.to);
  const candidates = new Map<string, OfferGroup>();
  for (const node of subgraph.nodes) {
    if (node.label !== 'Offer' || grouped.has(node.id)) continue;
    const municipality = locatedIn.get(node.id);
    if (municipality === undefined) continue;
    const id = offerGroupId(municipality, node.properties.function);
    const group = candidates.get(id) ?? { id, municipality, function: node.properties.function, offers: [] };
    group.offers.push(node.id);
    candidates.set(id, group);
  }
  const closed = [...candidates.values()].filter(
    (group) => group.offers.length >= options.minSize && !options.open.has(group.id) && !group.offers.some((id) => options.keep.has(id)),
  );
  for (const group of closed) group.offers.sort();
  return closed.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The groups to draw closed, ordered by id; an organisation without a home municipality is never grouped. */
export function sectorGroups(subgraph: Subgraph, homes: ReadonlyMap<string, string>, options: SectorGroupOptions): SectorGroup[] {
  const candidates = new Map<string, SectorGroup>();
  for (const node of subgraph.nodes) {
    if (node.label !== 'Organisation') continue;
    const home = homes.get(node.id);
    if (home === undefined) continue;
    const id = groupId(home, node.properties.sector);
    const group = candidates.get(id) ?? { id, municipality: home, sector: node.properties.sector, organisations: [], offers: [] };
    group.organisations.push(node.id);
    candidates.set(id, group);
  }
  const closed = [...candidates.values()].filter(
    (group) => group.organisations.length >= options.minSize && !options.open.has(group.id) && !group.organisations.some((id) => options.keep.has(id)),
  );
  const groupOf = new Map<string, SectorGroup>();
  for (const group of closed) for (const organisation of group.organisations) groupOf.set(organisation, group);
  for (const rel of subgraph.relationships) {
    if (rel.type !== 'PROVIDES' || options.keep.has(rel.to)) continue;
    groupOf.get(rel.from)?.offers.push(rel.to);
  }
  for (const group of closed) {
    group.organisations.sort();
    group.offers.sort();
  }
  return closed.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export interface GroupNodeData {
  id: string;
  name: string;
  caption: string;
  /** What the group's members are. */
  label: 'Organisation' | 'Offer';
  kind: string;
  colour: string;
  shape: 'ellipse' | 'round-triangle';
  /** Marks the node as a group: a tap opens it instead of selecting it. */
  group: true;
  /** Organisations in a sector group, offers in an offer group. */
  count: number;
  /** The offers that went into a sector group with its organisations. */
  offerCount: number;
  municipality: string;
  sector?: Sector;
  function?: OfferFunction;
}

/**
 * Replace each group's members by one node and their edges by summed ones: an edge per relationship type
 * and outside end, `weight` saying how many it stands for. Edges inside a group disappear.
 */
export function collapseGroups(
  elements: readonly ElementDefinition[],
  groups: readonly NodeGroup[],
  describe: (group: NodeGroup) => Pick<GroupNodeData, 'name' | 'caption' | 'kind' | 'colour'>,
): ElementDefinition[] {
  if (groups.length === 0) return [...elements];
  const memberOf = new Map<string, string>();
  for (const group of groups) for (const id of [...(isOfferGroup(group) ? [] : group.organisations), ...group.offers]) memberOf.set(id, group.id);

  const result: ElementDefinition[] = [];
  const summed = new Map<string, { source: string; target: string; type: string; weight: number }>();
  for (const element of elements) {
    const data = element.data;
    if (element.group === 'nodes') {
      if (!memberOf.has(String(data.id))) result.push(element);
      continue;
    }
    const source = String(data.source);
    const target = String(data.target);
    const from = memberOf.get(source) ?? source;
    const to = memberOf.get(target) ?? target;
    if (from === source && to === target) {
      result.push(element);
      continue;
    }
    if (from === to) continue;
    const type = String(data.type);
    const key = `${type}|${from}|${to}`;
    const edge = summed.get(key) ?? { source: from, target: to, type, weight: 0 };
    edge.weight += Number(data.weight ?? 1);
    summed.set(key, edge);
  }
  for (const group of groups) {
    const common = { id: group.id, ...describe(group), group: true, municipality: group.municipality } as const;
    const data: GroupNodeData = isOfferGroup(group)
      ? { ...common, label: 'Offer', shape: 'round-triangle', count: group.offers.length, offerCount: 0, function: group.function }
      : { ...common, label: 'Organisation', shape: 'ellipse', count: group.organisations.length, offerCount: group.offers.length, sector: group.sector };
    result.push({ group: 'nodes', data });
  }
  for (const [key, edge] of [...summed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    result.push({ group: 'edges', data: { id: `sum:${key}`, ...edge } });
  }
  return result;
}
