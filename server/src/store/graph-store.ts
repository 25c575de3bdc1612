// The GraphStore port: everything the HTTP API and the command line ask of a backend.
// The embedded store (graphology in memory, persisted to a file) and the Neo4j store both implement it,
// and one contract suite checks that they answer identically.
import type { Backend, DatasetInfo, GraphCounts, NodeDetail, NodeReach, SearchHit, ZoneSummary } from '../domain/api';
import type { Dataset, DatasetManifest } from '../domain/dataset';
import type { CoverageResponse } from '../domain/coverage';
import type { Finding, RuleId, RuleParameters } from '../domain/findings';
import type { GraphPage } from '../domain/graph-pages';
import type { Subgraph } from '../domain/graph';
import type { SnapshotSummary, StoredSnapshot } from '../domain/snapshot';

export interface ImportProgress {
  phase: 'prepare' | 'write' | 'persist';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Drop everything the dataset does not contain. Without it the import is an upsert by id. */
  replace?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  replaced: boolean;
  rows: number;
  counts: GraphCounts;
}

export interface GraphStore {
  readonly backend: Backend;
  /** Where the data lives, for messages: a file path or a Neo4j URI. */
  readonly location: string;
  /**
   * Changes whenever this store's data changes, so answers can be cached until then. Neo4j, where other
   * processes may import, follows the dataset marker's generation, looked up in the background (within a
   * second). Absent means: do not cache.
   */
  readonly revision?: () => number;
  counts(): Promise<GraphCounts>;
  datasetInfo(): Promise<DatasetInfo>;
  /** All or nothing: when it rejects, the store holds exactly what it held before. */
  importDataset(dataset: Dataset, options?: ImportOptions): Promise<ImportSummary>;
  listZones(): Promise<ZoneSummary[]>;
  zoneGraph(zoneId: string): Promise<Subgraph | undefined>;
  municipalityGraph(municipalityId: string): Promise<Subgraph | undefined>;
  neighbourhood(nodeId: string, depth: number, limit: number): Promise<Subgraph | undefined>;
  nodeDetail(nodeId: string): Promise<NodeDetail | undefined>;
  /** Where each of many nodes works (municipalities and their zones, see NodeReach); unknown ids are left out; sorted by id. */
  nodeReach(nodeIds: readonly string[]): Promise<NodeReach[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** The rule catalogue's findings (docs/rules.md): every rule, or the ones in `only`; sorted by id, identical on both stores. */
  findings(parameters: RuleParameters, only?: readonly RuleId[]): Promise<Finding[]>;
  /**
   * The whole graph for exports and snapshots: every node, then every relationship, each in id order, in
   * pages, read as one consistent view, so memory stays flat however large the graph is.
   */
  streamGraph(): AsyncIterable<GraphPage>;
  /**
   * The manifest of the dataset the store holds, alone: snapshots record it without paying for
   * datasetInfo's content hash.
   */
  manifest(): Promise<DatasetManifest | undefined>;
  /**
   * Keeps a snapshot (made by snapshots/snapshot-service.ts from streamGraph) apart from the graph: never
   * counted, queried, exported or pruned. The store only holds snapshots; it does not make or read them.
   */
  keepSnapshot(snapshot: StoredSnapshot): Promise<void>;
  /** Every snapshot, newest first. */
  listSnapshots(): Promise<SnapshotSummary[]>;
  /** A snapshot's gzip-compressed graph document as kept, or undefined for an unknown id. */
  readSnapshotDocument(id: string): Promise<Uint8Array | undefined>;
  /** False when there was no snapshot with that id. */
  deleteSnapshot(id: string): Promise<boolean>;
  /** Coverage of every municipality, or of one zone's; undefined when that zone does not exist. */
  coverage(zoneId?: string): Promise<CoverageResponse | undefined>;
  close(): Promise<void>;
}
