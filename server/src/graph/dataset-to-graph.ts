// Turns a validated dataset (bare ids, one table per file) into the nodes and relationships of docs/graph-model.md.
// Both stores load exactly this, so they hold the same graph.
import type { Dataset } from '../domain/dataset';
import type { GraphNode, Relationship } from '../domain/graph';
import {
  canonicalPair,
  fundingDiscriminator,
  municipalityId,
  networkId,
  offerId,
  organisationId,
  relationshipId,
  zoneId,
} from '../domain/ids';
import type { RelationshipType } from '../domain/vocabulary';

export interface GraphContent {
  nodes: GraphNode[];
  relationships: Relationship[];
}

type PlainType = Exclude<RelationshipType, 'MEMBER_OF' | 'FUNDS'>;

function plain(type: PlainType, from: string, to: string): Relationship {
  return { id: relationshipId(type, from, to), type, from, to, properties: {} };
}

/** Drops undefined values so both stores (and their serialisations) see the same property sets. */
function defined<T extends object>(properties: T): T {
  const result = {} as T;
  for (const key of Object.keys(properties) as (keyof T)[]) {
    if (properties[key] !== undefined) result[key] = properties[key];
  }
  return result;
}

export function datasetToGraph(dataset: Dataset): GraphContent {
  const nodes: GraphNode[] = [];
  const relationships: Relationship[] = [];

  for (const row of dataset.municipalities) {
    nodes.push({
      id: municipalityId(row.nis),
      label: 'Municipality',
      properties: defined({
        nis: row.nis,
        name: row.name,
        province: row.province,
        region: row.region,
        population: row.population,
        children0to3: row.children_0_3,
        children3to12: row.children_3_12,
      }),
    });
  }
  for (const row of dataset.zones) {
    nodes.push({ id: zoneId(row.id), label: 'Zone', properties: { name: row.name } });
  }
  for (const row of dataset.organisations) {
    const id = organisationId(row.id);
    nodes.push({
      id,
      label: 'Organisation',
      properties: { name: row.name, legalForm: row.legal_form, sector: row.sector },
    });
    if (row.operated_by_nis !== undefined) relationships.push(plain('OPERATES', municipalityId(row.operated_by_nis), id));
  }
  for (const row of dataset.networks) {
    const id = networkId(row.id);
    nodes.push({
      id,
      label: 'Network',
      properties: defined({
        type: row.type,
        name: row.name,
        governanceModel: row.governance_model,
        governanceModelDate: row.governance_model_date,
      }),
    });
    if (row.directed_by_nis !== undefined) relationships.push(plain('DIRECTS', municipalityId(row.directed_by_nis), id));
    if (row.zone_id !== undefined) relationships.push(plain('COUNCIL_OF', id, zoneId(row.zone_id)));
  }
  for (const row of dataset.offers) {
    const id = offerId(row.id);
    nodes.push({
      id,
      label: 'Offer',
      properties: defined({ function: row.function, capacity: row.capacity, name: row.name }),
    });
    relationships.push(plain('PROVIDES', organisationId(row.org_id), id));
    relationships.push(plain('LOCATED_IN', id, municipalityId(row.nis)));
  }

  for (const row of dataset.zone_members) {
    relationships.push(plain('IN_ZONE', municipalityId(row.nis), zoneId(row.zone_id)));
  }
  for (const row of dataset.adjacency) {
    const [from, to] = canonicalPair(municipalityId(row.nis_a), municipalityId(row.nis_b));
    relationships.push(plain('ADJACENT_TO', from, to));
  }
  for (const row of dataset.network_coverage) {
    relationships.push(plain('COVERS', networkId(row.network_id), municipalityId(row.nis)));
  }
  for (const row of dataset.memberships) {
    const to = networkId(row.network_id);
    relationships.push({
      id: relationshipId('MEMBER_OF', row.member_id, to),
      type: 'MEMBER_OF',
      from: row.member_id,
      to,
      properties: defined({ role: row.role, sector: row.sector }),
    });
  }
  for (const row of dataset.offer_serves) {
    relationships.push(plain('SERVES', offerId(row.offer_id), municipalityId(row.nis)));
  }
  relationships.push(...fundingRelationships(dataset));

  return { nodes, relationships };
}

/** Funding rows for the same municipality, organisation, year and kind add up into one FUNDS relationship. */
function fundingRelationships(dataset: Dataset): Relationship[] {
  const byId = new Map<string, Relationship & { type: 'FUNDS' }>();
  for (const row of dataset.funding) {
    const from = municipalityId(row.nis);
    const to = organisationId(row.org_id);
    const id = relationshipId('FUNDS', from, to, fundingDiscriminator(row.year, row.kind));
    const existing = byId.get(id);
    if (existing) {
      existing.properties.amount += row.amount;
    } else {
      byId.set(id, { id, type: 'FUNDS', from, to, properties: defined({ year: row.year, amount: row.amount, kind: row.kind }) });
    }
  }
  return [...byId.values()];
}
