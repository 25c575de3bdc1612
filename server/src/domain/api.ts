// Response shapes of the HTTP API (docs/api.md). The web app imports these, so both sides agree.
import type { DatasetManifest } from './dataset';
import type { GraphNode, Relationship } from './graph';
import type { NodeLabel, RelationshipType } from './vocabulary';

export type Backend = 'embedded' | 'neo4j';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  nodesByLabel: Record<NodeLabel, number>;
  relationshipsByType: Record<RelationshipType, number>;
}

export interface DatasetInfo {
  /** When the current data was imported (ISO 8601), absent for an empty store. */
  importedAt?: string;
  /** SHA-256 of the canonical dataset content, so two stores can be compared. */
  contentHash?: string;
  manifest?: DatasetManifest;
}

export interface HealthResponse {
  status: 'ok';
  backend: Backend;
  version: string;
  counts: GraphCounts;
  dataset: DatasetInfo;
}

export interface ZoneSummary {
  id: string;
  name: string;
  municipalityCount: number;
  /** Whether a ZORGRAAD network is COUNCIL_OF this zone. */
  hasZorgraad: boolean;
}

export interface NodeSummary {
  id: string;
  label: NodeLabel;
  name: string;
}

export interface NodeRelationship {
  relationship: Relationship;
  direction: 'out' | 'in';
  other: NodeSummary;
}

export interface NodeDetail {
  node: GraphNode;
  /** The zones a municipality lies in, or a network/organisation/offer reaches through its municipalities. */
  zones: NodeSummary[];
  relationships: NodeRelationship[];
}

/** A municipality a node reaches, with the zones it lies in. */
export interface ReachedMunicipality extends NodeSummary {
  /** Zone ids, sorted. */
  zones: string[];
}

/**
 * Where a node works: a municipality itself; a zone's municipalities; the municipalities a network
 * COVERS; those that run an organisation (OPERATES) or where its offers are located or serve; where an
 * offer is located or serves. Sorted by id.
 */
export interface NodeReach {
  id: string;
  municipalities: ReachedMunicipality[];
}

export interface SearchHit extends NodeSummary {
  /** What matched: the name, or the NIS code. */
  matched: 'name' | 'nis';
  /** The zones of a municipality (for disambiguation in a list). */
  zones: string[];
}

export interface Centroid {
  nis: string;
  lon: number;
  lat: number;
}

export interface ImportResponse {
  replaced: boolean;
  rows: number;
  counts: GraphCounts;
}

/** RFC 9457 problem details, as every error of the API is sent. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Import validation errors, formatted `file:line: column: message`. */
  errors?: string[];
  /** Import validation errors found beyond the listed ones (the list stops at 1,000). */
  omittedErrors?: number;
}
