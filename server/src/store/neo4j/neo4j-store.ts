// The Neo4j backend: the same GraphStore answers as the embedded store, computed by Neo4j with the
// queries in cypher/ (values only as parameters), through one connection per process (neo4j-connection.ts).
// Data lives in generations (cypher/generations/README.md): every read works on the published one, and an
// import writes a new one in bounded batches, then publishes it in one small transaction.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { coverageRow, sortCoverage } from '../../analysis/coverage';
import { findingsFrom } from '../../analysis/run-rules';
import type { CoverageResponse } from '../../domain/coverage';
import type { DatasetInfo, GraphCounts, NodeDetail, NodeReach, ReachedMunicipality, SearchHit, ZoneSummary } from '../../domain/api';
import { datasetRowCount, type Dataset, type DatasetManifest } from '../../domain/dataset';
import { RULE_IDS, type Finding, type RuleId, type RuleParameters } from '../../domain/findings';
import type { GraphNode, Relationship, Subgraph } from '../../domain/graph';
import { GRAPH_PAGE_SIZE, type GraphPage } from '../../domain/graph-pages';
import type { SnapshotSummary, StoredSnapshot } from '../../domain/snapshot';
import { applyImport } from '../../graph/apply-import';
import { contentHash } from '../../graph/content-hash';
import { datasetToGraph, type GraphContent } from '../../graph/dataset-to-graph';
import { compareIds, createGraph, toGraphNode as graphNodeOf, toRelationship as relationshipOf, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { zeroCounts } from '../../graph/queries/counts';
import { takeRing } from '../../graph/queries/neighbourhood';
import { parseSearchQuery, rankCandidates, type SearchCandidate } from '../../graph/queries/search';
import { compareZones } from '../../graph/queries/zones';
import type { GraphStore, ImportOptions, ImportSummary } from '../graph-store';
import type { Neo4jConfig } from './neo4j-config';
import { DataChangedError, Neo4jConnection } from './neo4j-connection';
import { findingQueryParameters, readDetectionsConcurrently } from './neo4j-findings';
import { GenerationMemo, type OnGeneration } from './generation-memo';
import {
  beginGeneration,
  discardGeneration,
  newGeneration,
  publishedGeneration,
  publishGeneration,
  readPublished,
  removeGeneration,
  removeUnwantedGenerations,
} from './neo4j-generations';
import { contentCounts, stageGraphContent, type StagingOptions } from './neo4j-import';
import { deleteSnapshotNodes, readSnapshotDocument, readSnapshotSummaries, writeSnapshot } from './neo4j-snapshots';
import { firstRow, runQuery, streamRows, type CypherQuery } from './queries/cypher-query';
import { graphQueries } from './queries/graph-queries';

export { DataChangedError } from './neo4j-connection';

export interface Neo4jStoreOptions {
  /** Rows per import batch (one transaction each). */
  importBatchSize?: number;
  /** A staging generation whose heartbeat is older than this is taken for abandoned and removed (default a minute). */
  staleAfterMs?: number;
  /** How often the published generation is looked up for `revision` (default 1 s). */
  revisionPollMs?: number;
  /** Tests only: called after each import batch has committed. */
  afterImportBatch?: StagingOptions['afterBatch'];
  /** A server's store: these findings (the default ones) are computed at start and after every import, in the background. */
  computeFindingsAhead?: RuleParameters;
  /** Read transactions the rules are split over, run at the same time (default 2: Neo4j runs a query on one core). */
  findingTransactions?: number;
  /**
   * Findings kept per parameter set, and coverage per zone, for the published generation (default 8 of each;
   * 0 computes every call, as benchmarks need).
   */
  keptFindings?: number;
}

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly location: string;
  private readonly connection: Neo4jConnection;
  private readonly options: Neo4jStoreOptions;
  /** The content hash is costly (it reads everything), so it is kept per generation it describes. */
  private hash: { generation: string; value: string } | undefined;
  /** Imports of this process run one after another; other processes' imports are safe anyway (generations). */
  private imports: Promise<unknown> = Promise.resolve();
  /** Removal of retired or abandoned generations, after an import or at start; close() waits for it. */
  private housekeeping: Promise<unknown> = Promise.resolve();
  /**
   * Findings per parameter set on the published generation: the dashboard, the profile, the map and the
   * findings list all ask for the default ones, and all rules cost Neo4j 0.6–2 CPU-seconds at Flanders scale.
   */
  private readonly findingsMemo: GenerationMemo<Finding[]>;
  /** Coverage per zone (or all) on the published generation: every municipality profile reads the whole of it. */
  private readonly coverageMemo: GenerationMemo<CoverageResponse | undefined>;

  constructor(config: Neo4jConfig, options: Neo4jStoreOptions = {}) {
    this.options = options;
    this.findingsMemo = new GenerationMemo(options.keptFindings ?? 8);
    this.coverageMemo = new GenerationMemo(options.keptFindings === 0 ? 0 : 8);
    this.location = config.database ? `${config.uri} (database ${config.database})` : config.uri;
    // Leftovers of imports that died are removed in the background once the schema is there.
    this.connection = new Neo4jConnection(config, options.revisionPollMs ?? 1_000, () => this.houseKeep());
    this.computeAhead();
  }

  /** Changes when the published generation does, whoever published it (see Neo4jConnection.revision). */
  readonly revision = (): number => this.connection.revision();

  /**
   * With `computeFindingsAhead`, works out those findings and the coverage in the background (both kept per
   * generation), and reads one zone's and one municipality's graph: the first request after a start or an import
   * then finds them ready, and Neo4j has planned the queries a dashboard and a profile run (Neo4j plans them
   * again once the data has changed much: about 3 CPU-seconds for the rules at Flanders scale, 0.3–0.5 s for a
   * zone's members, most of a first answer).
   */
  private computeAhead(): void {
    const parameters = this.options.computeFindingsAhead;
    if (parameters === undefined) return;
    const work = async () => {
      await this.findings(parameters);
      const coverage = await this.coverage();
      const zone = (await this.listZones())[0];
      const zoneGraph = zone === undefined ? undefined : await this.zoneGraph(zone.id);
      if (zoneGraph !== undefined) await this.nodeReach(zoneGraph.nodes.slice(0, 50).map((node) => node.id));
      const municipality = coverage?.municipalities[0]?.municipality.id;
      if (municipality !== undefined) await Promise.all([this.municipalityGraph(municipality), this.nodeDetail(municipality)]);
    };
    this.housekeeping = this.housekeeping.then(() => work().catch(() => undefined));
  }

  /** Removes retired and abandoned generations in the background; a failure is left for the next time. */
  private houseKeep(): void {
    this.housekeeping = this.housekeeping.then(() =>
      this.connection.withSession((session) => removeUnwantedGenerations(session, this.staleAfterMs())).catch(() => undefined),
    );
  }

  private staleAfterMs(): number {
    return this.options.staleAfterMs ?? 60_000;
  }

  async counts(): Promise<GraphCounts> {
    const published = await this.connection.read(readPublished);
    this.connection.observe(published.generation);
    return published.counts ?? zeroCounts();
  }

  async datasetInfo(): Promise<DatasetInfo> {
    const published = await this.connection.read(readPublished);
    this.connection.observe(published.generation);
    if (published.generation === null || published.importedAt === null) return {};
    if (this.hash?.generation !== published.generation) {
      this.hash = { generation: published.generation, value: await this.computeContentHash(published.generation) };
    }
    return {
      importedAt: published.importedAt,
      contentHash: this.hash.value,
      ...(published.manifest ? { manifest: published.manifest } : {}),
    };
  }

  private async computeContentHash(generation: string): Promise<string> {
    const content = await this.connection.read(async (tx) => (await firstRow(tx, graphQueries.allContent, { generation }))!);
    return contentHash(content.nodes, content.relationships);
  }

  importDataset(dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
    const run = this.imports.then(() => this.runImport(dataset, options));
    this.imports = run.catch(() => undefined);
    return run;
  }

  /**
   * Builds the whole next generation in memory (an upsert applies the dataset to the published graph, as the
   * embedded store does), writes it in batches, publishes it, and removes the one it replaced.
   */
  private async runImport(dataset: Dataset, options: ImportOptions): Promise<ImportSummary> {
    const replace = options.replace ?? false;
    const rows = datasetRowCount(dataset);
    options.onProgress?.({ phase: 'prepare', done: 0, total: rows });
    const imported = datasetToGraph(dataset);
    const published = await this.connection.read(readPublished);
    const content = !replace && published.generation !== null ? contentOf(applyImport(await this.publishedGraph(), imported, false)) : imported;
    // An upsert without a manifest keeps describing the data as the earlier manifest did.
    const manifest = replace ? dataset.manifest : (dataset.manifest ?? published.manifest);
    const counts = contentCounts(content);
    // Leftovers of an import that died are removed before writing, so they never pile up.
    await this.housekeeping;
    await this.connection.withSession((session) => removeUnwantedGenerations(session, this.staleAfterMs()));
    const generation = newGeneration();
    await this.connection.write((tx) => beginGeneration(tx, generation));
    try {
      await stageGraphContent((work) => this.connection.write(work), content, generation, {
        ...(this.options.importBatchSize ? { batchSize: this.options.importBatchSize } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(this.options.afterImportBatch ? { afterBatch: this.options.afterImportBatch } : {}),
      });
      const { previous } = await this.connection.write((tx) => publishGeneration(tx, { generation, importedAt: new Date().toISOString(), manifest, counts }));
      this.connection.observe(generation);
      // The findings first (the next request waits for them), then the old generation's removal.
      this.computeAhead();
      if (previous !== null) {
        this.housekeeping = this.housekeeping.then(() => this.connection.withSession((session) => removeGeneration(session, previous)).catch(() => undefined));
      }
    } catch (error) {
      await this.connection.write((tx) => discardGeneration(tx, generation))
        .then(() => this.connection.withSession((session) => removeGeneration(session, generation)))
        .catch(() => undefined); // Neo4j away: the generation goes stale and the next import or start removes it.
      throw error;
    }
    return { replaced: replace, rows, counts };
  }

  /** The published graph in memory, read page by page, for an upsert to apply a dataset to. */
  private async publishedGraph(): Promise<KnooppuntGraph> {
    const graph = createGraph();
    for await (const page of this.streamGraph()) {
      if (page.kind === 'nodes') for (const node of page.nodes) graph.addNode(node.id, { label: node.label, properties: node.properties });
      else for (const r of page.relationships) graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: r.properties });
    }
    return graph;
  }

  /** Waits for the removal of retired generations this store started (benchmarks time it apart). */
  async settled(): Promise<void> {
    await this.imports;
    await this.housekeeping;
  }

  async listZones(): Promise<ZoneSummary[]> {
    const zones = await this.connection.readCurrent((tx, generation) => runQuery(tx, graphQueries.zones, { generation }));
    return zones.sort(compareZones);
  }

  async zoneGraph(zoneId: string): Promise<Subgraph | undefined> {
    return this.connection.readCurrent(async (tx, generation) => {
      const ids = await memberIds(tx, graphQueries.zoneMembers, { zoneId, generation });
      return ids ? subgraph(tx, generation, ids) : undefined;
    });
  }

  async municipalityGraph(municipalityId: string): Promise<Subgraph | undefined> {
    return this.connection.readCurrent(async (tx, generation) => {
      const ids = await memberIds(tx, graphQueries.municipalityMembers, { municipalityId, generation });
      return ids ? subgraph(tx, generation, ids) : undefined;
    });
  }

  async neighbourhood(nodeId: string, depth: number, limit: number): Promise<Subgraph | undefined> {
    return this.connection.readCurrent(async (tx, generation) => {
      if ((await firstRow(tx, graphQueries.nodeExists, { id: nodeId, generation })) === undefined) return undefined;
      const seen = new Set<string>([nodeId]);
      let ring = [nodeId];
      let truncated = false;
      for (let level = 0; level < depth && ring.length > 0 && !truncated; level += 1) {
        const candidates = (await firstRow(tx, graphQueries.neighbours, { ids: ring, generation }))!.ids;
        ({ ring, truncated } = takeRing(candidates, seen, limit));
        for (const node of ring) seen.add(node);
      }
      return subgraph(tx, generation, [...seen], truncated);
    });
  }

  async nodeDetail(nodeId: string): Promise<NodeDetail | undefined> {
    const detail = await this.connection.readCurrent((tx, generation) => firstRow(tx, graphQueries.nodeDetail, { id: nodeId, generation }));
    if (!detail) return undefined;
    return {
      node: detail.node,
      zones: detail.zones.sort((a, b) => compareIds(a.id, b.id)),
      relationships: detail.relationships.sort((a, b) => compareIds(a.relationship.id, b.relationship.id)),
    };
  }

  async nodeReach(nodeIds: readonly string[]): Promise<NodeReach[]> {
    const ids = [...new Set(nodeIds)];
    if (ids.length === 0) return [];
    const reached = await this.connection.readCurrent((tx, generation) => runQuery(tx, graphQueries.nodeReach, { ids, generation }));
    const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
    return reached
      .map((row) => ({
        id: row.id,
        municipalities: row.municipalities
          .map((municipality): ReachedMunicipality => ({ id: municipality.id, label: 'Municipality', name: municipality.name, zones: municipality.zones }))
          .sort(byId),
      }))
      .sort(byId);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const parsed = parseSearchQuery(query);
    if (parsed.text.length === 0) return [];
    const found = await this.connection.readCurrent((tx, generation) => runQuery(tx, graphQueries.search, { query: parsed.text, byNis: parsed.byNis, generation }));
    const zonesById = new Map<string, string[]>();
    const candidates: SearchCandidate[] = found.map(({ id, label, name, searchName, nis, zones }) => {
      zonesById.set(id, zones);
      return { id, label, name, normalised: searchName ?? '', ...(nis ? { nis } : {}) };
    });
    return rankCandidates(candidates, parsed, limit).map(({ candidate, matched }) => ({
      id: candidate.id,
      label: candidate.label,
      name: candidate.name,
      matched,
      zones: zonesById.get(candidate.id) ?? [],
    }));
  }

  async coverage(zoneId?: string): Promise<CoverageResponse | undefined> {
    const generation = await this.connection.read(publishedGeneration);
    this.connection.observe(generation);
    return this.coverageMemo.get(generation, zoneId ?? '', () => this.readCoverage(zoneId));
  }

  private async readCoverage(zoneId?: string): Promise<OnGeneration<CoverageResponse | undefined>> {
    const { zone, facts, generation } = await this.connection.readCurrent(async (tx, generation) => {
      const found = zoneId === undefined ? undefined : await firstRow(tx, graphQueries.zoneName, { zoneId, generation });
      return {
        generation,
        zone: found,
        facts: zoneId !== undefined && !found ? [] : await runQuery(tx, graphQueries.coverage, { zoneId: zoneId ?? null, generation }),
      };
    });
    if (zoneId !== undefined && zone === undefined) return { generation, value: undefined };
    const rows = sortCoverage(facts.map(({ children0to3, ...rest }) => coverageRow({ ...rest, ...(children0to3 !== null ? { children0to3 } : {}) })));
    return { generation, value: zoneId === undefined ? { municipalities: rows } : { zone: { id: zoneId, label: 'Zone', name: zone!.name }, municipalities: rows } };
  }

  async *streamGraph(): AsyncIterable<GraphPage> {
    // One explicit read transaction for both queries, so nodes and relationships come from one generation;
    // the driver pulls records in batches as the consumer asks for them, so memory stays flat. Pages already
    // handed on cannot be read again, so a generation retired meanwhile breaks the stream (DataChangedError).
    let session: Session | undefined;
    try {
      await this.connection.ensureSchema();
      session = this.connection.session('READ', GRAPH_PAGE_SIZE);
      const tx = await session.beginTransaction();
      try {
        const generation = await publishedGeneration(tx);
        this.connection.observe(generation);
        let nodes: GraphNode[] = [];
        for await (const node of streamRows(tx, graphQueries.exportNodes, { generation })) {
          nodes.push(node);
          if (nodes.length === GRAPH_PAGE_SIZE) {
            yield { kind: 'nodes', nodes };
            nodes = [];
          }
        }
        if (nodes.length > 0) yield { kind: 'nodes', nodes };
        let relationships: Relationship[] = [];
        for await (const relationship of streamRows(tx, graphQueries.exportRelationships, { generation })) {
          relationships.push(relationship);
          if (relationships.length === GRAPH_PAGE_SIZE) {
            yield { kind: 'relationships', relationships };
            relationships = [];
          }
        }
        if ((await publishedGeneration(tx)) !== generation) throw new DataChangedError();
        if (relationships.length > 0) yield { kind: 'relationships', relationships };
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    } catch (error) {
      throw this.connection.translate(error);
    } finally {
      await session?.close();
    }
  }

  /**
   * Detected by the queries in cypher/findings/ (split over read transactions run at once, all on one generation),
   * worded by the same renderers as the embedded store, and kept for the published generation.
   */
  async findings(parameters: RuleParameters, only: readonly RuleId[] = RULE_IDS): Promise<Finding[]> {
    const generation = await this.connection.read(publishedGeneration);
    this.connection.observe(generation);
    const key = JSON.stringify([findingQueryParameters(parameters), [...new Set(only)].sort()]);
    const findings = await this.findingsMemo.get(generation, key, async () => {
      const read = await readDetectionsConcurrently((work) => this.connection.readCurrent(work), parameters, only, this.options.findingTransactions ?? 2);
      return { generation: read.generation, value: findingsFrom(read.detections, (id) => read.names.get(id) ?? id) };
    });
    return [...findings];
  }

  async keepSnapshot(snapshot: StoredSnapshot): Promise<void> {
    await this.connection.write((tx) => writeSnapshot(tx, snapshot));
  }

  /** The manifest alone: datasetInfo would also work out the content hash, which a snapshot computes itself. */
  async manifest(): Promise<DatasetManifest | undefined> {
    return (await this.connection.read(readPublished)).manifest;
  }

  async listSnapshots(): Promise<SnapshotSummary[]> {
    return this.connection.read(readSnapshotSummaries);
  }

  async readSnapshotDocument(id: string): Promise<Uint8Array | undefined> {
    return this.connection.read((tx) => readSnapshotDocument(tx, id));
  }

  async deleteSnapshot(id: string): Promise<boolean> {
    return this.connection.write((tx) => deleteSnapshotNodes(tx, id));
  }

  async close(): Promise<void> {
    await this.settled();
    await this.connection.close();
  }
}

async function memberIds(tx: ManagedTransaction, query: CypherQuery<{ ids: string[] }>, parameters: Record<string, string | null>): Promise<string[] | undefined> {
  return (await firstRow(tx, query, parameters))?.ids;
}

/** The subgraph induced by `ids` in one generation, sorted by id. */
async function subgraph(tx: ManagedTransaction, generation: string | null, ids: readonly string[], truncated = false): Promise<Subgraph> {
  const content = (await firstRow(tx, graphQueries.subgraph, { ids: [...new Set(ids)], generation }))!;
  const nodes = content.nodes.sort((a, b) => compareIds(a.id, b.id));
  const relationships = content.relationships.sort((a, b) => compareIds(a.id, b.id));
  return truncated ? { nodes, relationships, truncated } : { nodes, relationships };
}

/** A graph's nodes and relationships, as datasetToGraph gives them. */
function contentOf(graph: KnooppuntGraph): GraphContent {
  return {
    nodes: graph.mapNodes((id, attributes) => graphNodeOf(id, attributes)),
    relationships: graph.mapEdges((edge) => relationshipOf(graph, edge)),
  };
}
