// Response shapes of the HTTP API (docs/api.md). The web app imports these, so both sides agree; the
// answers' shapes are defined once, as zod schemas, in api.schema.ts.
import type { HealthResponse, NodeSummary } from './api.schema';

export type {
  Centroid,
  DatasetInfo,
  GraphCounts,
  HealthResponse,
  ImportResponse,
  NodeDetail,
  NodeRelationship,
  NodeSummary,
  Problem,
  SearchHit,
  ZoneSummary,
} from './api.schema';

export type Backend = HealthResponse['backend'];

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
