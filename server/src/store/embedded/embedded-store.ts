// The default backend: the whole graph in memory (graphology), persisted to KNOOPPUNT_DATA after each import.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runRules } from '../../analysis/run-rules';
import type { DatasetInfo, GraphCounts, NodeDetail, NodeReach, SearchHit, ZoneSummary } from '../../domain/api';
import { datasetRowCount, type Dataset, type DatasetManifest } from '../../domain/dataset';
import { coverage } from '../../analysis/coverage';
import type { CoverageResponse } from '../../domain/coverage';
import type { Finding, RuleId, RuleParameters } from '../../domain/findings';
import type { Subgraph } from '../../domain/graph';
import { pageSlices, type GraphPage } from '../../domain/graph-pages';
import type { SnapshotSummary, StoredSnapshot } from '../../domain/snapshot';
import { applyImport } from '../../graph/apply-import';
import { contentHash } from '../../graph/content-hash';
import { datasetToGraph } from '../../graph/dataset-to-graph';
import { compareIds, createGraph, toGraphNode, toRelationship, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { graphCounts } from '../../graph/queries/counts';
import { municipalityGraph } from '../../graph/queries/municipality-graph';
import { neighbourhood } from '../../graph/queries/neighbourhood';
import { nodeDetail } from '../../graph/queries/node-detail';
import { nodeReach } from '../../graph/queries/node-reach';
import { buildSearchIndex, search, type SearchIndex } from '../../graph/queries/search';
import { zoneGraph } from '../../graph/queries/zone-graph';
import { numberedGraph } from '../../graph/numbered-graph';
import { SubgraphJson, withJsonBytes } from '../../graph/subgraph-json';
import { listZones } from '../../graph/queries/zones';
import type { GraphStore, ImportOptions, ImportSummary } from '../graph-store';
import { removeStaleTempFiles } from './atomic-file';
import { FolderShelf, MemoryShelf, SNAPSHOT_FOLDER_NAME, type SnapshotShelf } from './snapshot-shelf';
import { readStoreFile, STORE_FILE_NAME, writeStoreFile } from './store-file';
import { LOCK_FILE_NAME, lockStore, type StoreLock } from './store-lock';

function graphContentHash(graph: KnooppuntGraph): string {
  return contentHash(
    graph.mapNodes((id, attributes) => toGraphNode(id, attributes)),
    graph.mapEdges((edge) => toRelationship(graph, edge)),
  );
}

export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  readonly location: string;
  private graph: KnooppuntGraph;
  private dataset: DatasetInfo;
  private readonly file: string | undefined;
  /** Derived from `graph`; dropped whenever an import replaces it. */
  private derived: { counts?: GraphCounts; zones?: ZoneSummary[]; searchIndex?: SearchIndex; subgraphJson?: SubgraphJson } = {};
  private revisionNumber = 0;
  /** Imports run one after another, so two writers never race on the file. */
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    file: string | undefined,
    graph: KnooppuntGraph,
    dataset: DatasetInfo,
    private readonly snapshots: SnapshotShelf,
    private readonly lock?: StoreLock,
    private readonly indexAhead = false,
  ) {
    this.file = file;
    this.location = file ?? 'memory';
    this.graph = graph;
    this.dataset = dataset;
    this.buildIndexesAhead();
  }

  /**
   * A server's store builds the graph's numbered index (numbered-graph.ts, a quarter of a second at
   * Flanders scale) as soon as a graph is in place, in the event loop's next turn, instead of making the
   * first visitors of a zone's graph wait for it.
   */
  private buildIndexesAhead(): void {
    if (!this.indexAhead) return;
    const graph = this.graph;
    setImmediate(() => {
      if (graph === this.graph) numberedGraph(graph);
    }).unref();
  }

  /**
   * Opens (or creates) the store in `dataDir`, reloading what an earlier run saved. A writer (the
   * server, a command-line import) opens it `exclusive`: it holds the folder's lock until close, and a
   * second writer is refused with a StoreLockedError (store-lock.ts). Readers need no lock: every write
   * replaces the file whole.
   */
  static async open(dataDir: string, options: { exclusive?: boolean; indexAhead?: boolean } = {}): Promise<EmbeddedStore> {
    const directory = resolve(dataDir);
    await mkdir(directory, { recursive: true });
    const lock = options.exclusive === true ? await lockStore(directory, join(directory, LOCK_FILE_NAME)) : undefined;
    try {
      const file = join(directory, STORE_FILE_NAME);
      // Only a writer may clear temp files: a reader's could belong to a writer at work.
      if (lock !== undefined) await removeStaleTempFiles(file);
      const saved = await readStoreFile(file);
      const snapshots = await FolderShelf.open(join(directory, SNAPSHOT_FOLDER_NAME));
      return new EmbeddedStore(file, saved?.graph ?? createGraph(), saved?.dataset ?? {}, snapshots, lock, options.indexAhead);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** A store that is never written to disk, for tests and one-off analyses. */
  static inMemory(): EmbeddedStore {
    return new EmbeddedStore(undefined, createGraph(), {}, new MemoryShelf());
  }

  readonly revision = (): number => this.revisionNumber;

  /** The graph as it is now, for the analysis code (read-only by convention: imports swap in a new one). */
  currentGraph(): KnooppuntGraph {
    return this.graph;
  }

  async counts(): Promise<GraphCounts> {
    this.derived.counts ??= graphCounts(this.graph);
    return this.derived.counts;
  }

  async datasetInfo(): Promise<DatasetInfo> {
    if (this.dataset.contentHash === undefined && this.graph.order > 0) {
      this.dataset = { ...this.dataset, contentHash: graphContentHash(this.graph) };
    }
    return this.dataset;
  }

  importDataset(dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
    const run = this.writes.then(() => this.runImport(dataset, options));
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async runImport(dataset: Dataset, options: ImportOptions): Promise<ImportSummary> {
    const replace = options.replace ?? false;
    const rows = datasetRowCount(dataset);
    options.onProgress?.({ phase: 'prepare', done: 0, total: rows });
    const next = applyImport(this.graph, datasetToGraph(dataset), replace);
    options.onProgress?.({ phase: 'write', done: rows, total: rows });
    // An upsert without a manifest keeps describing the data as the earlier manifest did.
    const manifest = replace ? dataset.manifest : (dataset.manifest ?? this.dataset.manifest);
    // The content hash is worked out when first asked for (datasetInfo), not on the import's clock.
    const info: DatasetInfo = { importedAt: new Date().toISOString(), ...(manifest ? { manifest } : {}) };
    if (this.file !== undefined) {
      options.onProgress?.({ phase: 'persist', done: 0, total: rows });
      await writeStoreFile(this.file, next, info);
    }
    this.graph = next;
    this.dataset = info;
    this.derived = {};
    this.revisionNumber += 1;
    this.buildIndexesAhead();
    return { replaced: replace, rows, counts: await this.counts() };
  }

  async listZones(): Promise<ZoneSummary[]> {
    this.derived.zones ??= listZones(this.graph);
    return this.derived.zones;
  }

  async zoneGraph(zoneId: string): Promise<Subgraph | undefined> {
    return this.encodable(zoneGraph(this.graph, zoneId));
  }

  async municipalityGraph(municipalityId: string): Promise<Subgraph | undefined> {
    return this.encodable(municipalityGraph(this.graph, municipalityId));
  }

  async neighbourhood(nodeId: string, depth: number, limit: number): Promise<Subgraph | undefined> {
    return this.encodable(neighbourhood(this.graph, nodeId, depth, limit));
  }

  /** A subgraph of the current graph that an HTTP answer can serialise from its elements' kept JSON (subgraph-json.ts). */
  private encodable(subgraph: Subgraph | undefined): Subgraph | undefined {
    if (subgraph === undefined) return undefined;
    const encoder = (this.derived.subgraphJson ??= new SubgraphJson(numberedGraph(this.graph)));
    return withJsonBytes(subgraph, (allocate) => encoder.encode(subgraph, allocate));
  }

  async nodeDetail(nodeId: string): Promise<NodeDetail | undefined> {
    return nodeDetail(this.graph, nodeId);
  }

  async nodeReach(nodeIds: readonly string[]): Promise<NodeReach[]> {
    return nodeReach(this.graph, nodeIds);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    this.derived.searchIndex ??= buildSearchIndex(this.graph);
    return search(this.graph, this.derived.searchIndex, query, limit);
  }

  async coverage(zoneId?: string): Promise<CoverageResponse | undefined> {
    return coverage(this.graph, zoneId);
  }

  async *streamGraph(): AsyncIterable<GraphPage> {
    // An import swaps in a new graph rather than changing this one, so holding it gives a consistent view.
    const graph = this.graph;
    for (const ids of pageSlices(graph.nodes().sort(compareIds))) {
      yield { kind: 'nodes', nodes: ids.map((id) => toGraphNode(id, graph.getNodeAttributes(id))) };
    }
    for (const edges of pageSlices(graph.edges().sort(compareIds))) {
      yield { kind: 'relationships', relationships: edges.map((edge) => toRelationship(graph, edge)) };
    }
  }

  async findings(parameters: RuleParameters, only?: readonly RuleId[]): Promise<Finding[]> {
    return runRules(this.graph, parameters, only);
  }

  async manifest(): Promise<DatasetManifest | undefined> {
    return this.dataset.manifest;
  }

  async keepSnapshot(snapshot: StoredSnapshot): Promise<void> {
    await this.snapshots.put(snapshot);
  }

  async listSnapshots(): Promise<SnapshotSummary[]> {
    return this.snapshots.list();
  }

  async readSnapshotDocument(id: string): Promise<Uint8Array | undefined> {
    return this.snapshots.read(id);
  }

  async deleteSnapshot(id: string): Promise<boolean> {
    return this.snapshots.remove(id);
  }

  async close(): Promise<void> {
    await this.writes;
    await this.lock?.release();
  }
}
