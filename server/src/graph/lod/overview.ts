// Builds the whole graph's overview (domain/overview.ts) from its nodes and relationships, streamed in pages.
import type { GraphNode, Relationship } from '../../domain/graph';
import type { NodeLabel } from '../../domain/vocabulary';
import type { Overview, OverviewLink, OverviewMunicipality, OverviewZone } from '../../domain/overview';
import { homeMunicipalities } from './home-municipality';

/** Relationships that say where things are, not who works with whom: they are not summed into links. */
const NOT_COLLABORATION = new Set<Relationship['type']>(['IN_ZONE', 'ADJACENT_TO']);

type NodeSummary = { id: string; label: NodeLabel; name: string; province?: string };
type RelationshipSummary = Pick<Relationship, 'type' | 'from' | 'to'>;

/**
 * Collects the graph one page at a time, keeping only what the overview needs (ids, labels, names and
 * relationship ends), so a Flanders-scale graph costs a few megabytes, not its full properties.
 */
export class OverviewBuilder {
  private readonly nodes: NodeSummary[] = [];
  private readonly relationships: RelationshipSummary[] = [];

  addNodes(nodes: readonly GraphNode[]): void {
    for (const node of nodes) {
      const name = node.label === 'Offer' ? (node.properties.name ?? node.properties.function) : node.properties.name;
      const province = node.label === 'Municipality' ? node.properties.province : undefined;
      this.nodes.push({ id: node.id, label: node.label, name, ...(province !== undefined ? { province } : {}) });
    }
  }

  addRelationships(relationships: readonly Relationship[]): void {
    for (const rel of relationships) this.relationships.push({ type: rel.type, from: rel.from, to: rel.to });
  }

  build(): Overview {
    return buildOverview(this.nodes, this.relationships);
  }
}

export function buildOverview(nodes: readonly NodeSummary[], relationships: readonly RelationshipSummary[]): Overview {
  const homes = homeMunicipalities(nodes, relationships);
  const municipalities = new Map<string, OverviewMunicipality>();
  const zones = new Map<string, OverviewZone>();
  for (const node of nodes) {
    if (node.label === 'Municipality') {
      municipalities.set(node.id, { id: node.id, name: node.name, ...(node.province !== undefined ? { province: node.province } : {}), zones: [], actors: {} });
    } else if (node.label === 'Zone') {
      zones.set(node.id, { id: node.id, name: node.name, municipalities: [], actors: 0 });
    }
  }
  for (const rel of relationships) {
    if (rel.type !== 'IN_ZONE') continue;
    const municipality = municipalities.get(rel.from);
    const zone = zones.get(rel.to);
    if (!municipality || !zone) continue;
    municipality.zones.push(zone.id);
    zone.municipalities.push(municipality.id);
  }

  let unplaced = 0;
  for (const node of nodes) {
    if (node.label === 'Municipality' || node.label === 'Zone') continue;
    const home = homes.get(node.id);
    const municipality = home === undefined ? undefined : municipalities.get(home);
    if (!municipality) {
      unplaced++;
      continue;
    }
    municipality.actors[node.label] = (municipality.actors[node.label] ?? 0) + 1;
    for (const zoneId of municipality.zones) {
      const zone = zones.get(zoneId);
      if (zone) zone.actors++;
    }
  }

  const weights = new Map<string, OverviewLink>();
  for (const rel of relationships) {
    if (NOT_COLLABORATION.has(rel.type)) continue;
    const a = homes.get(rel.from);
    const b = homes.get(rel.to);
    if (a === undefined || b === undefined || a === b) continue;
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}|${to}`;
    const link = weights.get(key) ?? { from, to, weight: 0 };
    link.weight++;
    weights.set(key, link);
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const municipality of municipalities.values()) municipality.zones.sort();
  for (const zone of zones.values()) zone.municipalities.sort();
  return {
    zones: [...zones.values()].sort(byId),
    municipalities: [...municipalities.values()].sort(byId),
    links: [...weights.values()].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0)),
    nodes: nodes.length,
    relationships: relationships.length,
    unplaced,
  };
}
