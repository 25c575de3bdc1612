// The Neo4j backend: the same GraphStore answers as the embedded store, computed by Neo4j with the
// queries in cypher/. One driver per process, transaction functions with explicit read/write routing
// (so a neo4j:// cluster sends reads to followers), values only as parameters.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { coverageRow, sortCoverage, type CoverageFacts } from '../../analysis/coverage';
import { findingsFrom } from '../../analysis/run-rules';
import type { CoverageResponse } from '../../domain/coverage';
import type { DatasetInfo, GraphCounts, NodeDetail, NodeReach, ReachedMunicipality, SearchHit, ZoneSummary } from '../../domain/api';
import { datasetRowCount, type Dataset, type DatasetManifest } from '../../domain/dataset';
import type { Finding, RuleId, RuleParameters } from '../../domain/findings';
import type { GraphNode, Relationship, Subgraph } from '../../domain/graph';
import { snapshotName, type SnapshotSummary } from '../../domain/snapshot';
import { contentHash } from '../../graph/content-hash';
import { datasetToGraph } from '../../graph/dataset-to-graph';
import { compareIds } from '../../graph/knooppunt-graph';
import { zeroCounts } from '../../graph/queries/counts';
import { takeRing } from '../../graph/queries/neighbourhood';
import { parseSearchQuery, rankCandidates, type SearchCandidate } from '../../graph/queries/search';
import { compareZones } from '../../graph/queries/zones';
import { snapshotText, takeSnapshot } from '../../snapshots/snapshot-document';
import { GRAPH_PAGE_SIZE, type GraphPage, type GraphStore, type ImportOptions, type ImportSummary } from '../graph-store';
import { cypher, cypherStatements } from './cypher-library';
import type { Neo4jConfig } from './neo4j-config';
import { translateNeo4jError } from './neo4j-errors';
import { readDetections } from './neo4j-findings';
import { writeGraphContent } from './neo4j-import';
import { deleteSnapshotNodes, readSnapshotDocument, readSnapshotSummaries, writeSnapshot } from './neo4j-snapshots';
import { domainLabel, toGraphNode, toNodeSummary, toRelationship, type NodeRecord, type RelationshipRecord } from './neo4j-records';

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly location: string;
  private readonly driver: Driver;
  private readonly config: Neo4jConfig;
  /** Applied once per process, retried on the next call when Neo4j was not there yet. */
  private schema: Promise<void> | undefined;
  /** The content hash is costly (it reads everything), so it is kept per import it describes. */
  private hash: { importedAt: string; value: string } | undefined;

  constructor(config: Neo4jConfig) {
    this.config = config;
    this.location = config.database ? `${config.uri} (database ${config.database})` : config.uri;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      // Fail fast while Neo4j is down, so a request gets its 503 in seconds, not after a minute.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      userAgent: 'knooppunt',
    });
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    return { defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, ...(this.config.database ? { database: this.config.database } : {}) };
  }

  private async ensureSchema(): Promise<void> {
    this.schema ??= (async () => {
      const session = this.driver.session(this.sessionConfig('WRITE'));
      try {
        for (const statement of [...cypherStatements('schema/constraints'), ...cypherStatements('schema/indexes')]) {
          await session.run(statement);
        }
        await session.run('CALL db.awaitIndexes(120)');
      } finally {
        await session.close();
      }
    })().catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: Work<T>): Promise<T> {
    try {
      await this.ensureSchema();
      const session = this.driver.session(this.sessionConfig(mode));
      try {
        return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
      } finally {
        await session.close();
      }
    } catch (error) {
      throw translateNeo4jError(error, this.config);
    }
  }

  private read<T>(work: Work<T>): Promise<T> {
    return this.run('READ', work);
  }

  async counts(): Promise<GraphCounts> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/counts'))).records[0]!);
    const counts = zeroCounts();
    counts.nodesByLabel = { ...counts.nodesByLabel, ...(record.get('nodesByLabel') as GraphCounts['nodesByLabel']) };
    counts.relationshipsByType = { ...counts.relationshipsByType, ...(record.get('relationshipsByType') as GraphCounts['relationshipsByType']) };
    counts.nodes = Object.values(counts.nodesByLabel).reduce((sum, count) => sum + count, 0);
    counts.relationships = Object.values(counts.relationshipsByType).reduce((sum, count) => sum + count, 0);
    return counts;
  }

  async datasetInfo(): Promise<DatasetInfo> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/dataset'))).records[0]);
    const importedAt = record?.get('importedAt') as string | null | undefined;
    if (!importedAt) return {};
    const manifestText = record?.get('manifest') as string | null;
    if (this.hash?.importedAt !== importedAt) this.hash = { importedAt, value: await this.computeContentHash() };
    return {
      importedAt,
      contentHash: this.hash.value,
      ...(manifestText ? { manifest: JSON.parse(manifestText) as DatasetManifest } : {}),
    };
  }

  private async computeContentHash(): Promise<string> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/all-content'))).records[0]!);
    return contentHash(
      (record.get('nodes') as NodeRecord[]).map(toGraphNode),
      (record.get('relationships') as RelationshipRecord[]).map(toRelationship),
    );
  }

  async importDataset(dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
    const replace = options.replace ?? false;
    const content = datasetToGraph(dataset);
    const importedAt = new Date().toISOString();
    await this.run('WRITE', (tx) =>
      writeGraphContent(tx, content, {
        replace,
        importedAt,
        manifest: dataset.manifest,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
    return { replaced: replace, rows: datasetRowCount(dataset), counts: await this.counts() };
  }

  async listZones(): Promise<ZoneSummary[]> {
    const records = await this.read(async (tx) => (await tx.run(cypher('queries/zones'))).records);
    return records
      .map((record) => ({
        id: record.get('id') as string,
        name: record.get('name') as string,
        municipalityCount: record.get('municipalityCount') as number,
        hasZorgraad: record.get('hasZorgraad') as boolean,
      }))
      .sort(compareZones);
  }

  private async subgraph(ids: readonly string[], truncated = false): Promise<Subgraph> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/subgraph'), { ids: [...new Set(ids)] })).records[0]!);
    const nodes = (record.get('nodes') as NodeRecord[]).map(toGraphNode).sort((a, b) => compareIds(a.id, b.id));
    const relationships = (record.get('relationships') as RelationshipRecord[]).map(toRelationship).sort((a, b) => compareIds(a.id, b.id));
    return truncated ? { nodes, relationships, truncated } : { nodes, relationships };
  }

  private async memberIds(query: string, parameters: Record<string, string>): Promise<string[] | undefined> {
    const record = await this.read(async (tx) => (await tx.run(cypher(query), parameters)).records[0]);
    return record ? (record.get('ids') as string[]) : undefined;
  }

  async zoneGraph(zoneId: string): Promise<Subgraph | undefined> {
    const ids = await this.memberIds('queries/zone-members', { zoneId });
    return ids ? this.subgraph(ids) : undefined;
  }

  async municipalityGraph(municipalityId: string): Promise<Subgraph | undefined> {
    const ids = await this.memberIds('queries/municipality-members', { municipalityId });
    return ids ? this.subgraph(ids) : undefined;
  }

  async neighbourhood(nodeId: string, depth: number, limit: number): Promise<Subgraph | undefined> {
    const exists = await this.read(async (tx) => (await tx.run('MATCH (n:KnooppuntNode {id: $id}) RETURN n.id AS id', { id: nodeId })).records.length > 0);
    if (!exists) return undefined;
    const seen = new Set<string>([nodeId]);
    let ring = [nodeId];
    let truncated = false;
    for (let level = 0; level < depth && ring.length > 0 && !truncated; level += 1) {
      const current = ring;
      const candidates = await this.read(async (tx) => (await tx.run(cypher('queries/neighbours'), { ids: current })).records[0]?.get('ids') as string[]);
      ({ ring, truncated } = takeRing(candidates, seen, limit));
      for (const node of ring) seen.add(node);
    }
    return this.subgraph([...seen], truncated);
  }

  async nodeDetail(nodeId: string): Promise<NodeDetail | undefined> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/node-detail'), { id: nodeId })).records[0]);
    if (!record) return undefined;
    type RelationshipEntry = { relationship: RelationshipRecord; direction: 'out' | 'in'; other: NodeRecord };
    return {
      node: toGraphNode(record.get('node') as NodeRecord),
      zones: (record.get('zones') as NodeRecord[]).map(toNodeSummary).sort((a, b) => compareIds(a.id, b.id)),
      relationships: (record.get('relationships') as RelationshipEntry[])
        .map((entry) => ({ relationship: toRelationship(entry.relationship), direction: entry.direction, other: toNodeSummary(entry.other) }))
        .sort((a, b) => compareIds(a.relationship.id, b.relationship.id)),
    };
  }

  async nodeReach(nodeIds: readonly string[]): Promise<NodeReach[]> {
    const ids = [...new Set(nodeIds)];
    if (ids.length === 0) return [];
    const records = await this.read(async (tx) => (await tx.run(cypher('queries/node-reach'), { ids })).records);
    const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
    return records
      .map((record) => ({
        id: record.get('id') as string,
        municipalities: (record.get('municipalities') as Omit<ReachedMunicipality, 'label'>[])
          .map((municipality): ReachedMunicipality => ({ id: municipality.id, label: 'Municipality', name: municipality.name, zones: municipality.zones }))
          .sort(byId),
      }))
      .sort(byId);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const parsed = parseSearchQuery(query);
    if (parsed.text.length === 0) return [];
    const records = await this.read(async (tx) => (await tx.run(cypher('queries/search'), { query: parsed.text, byNis: parsed.byNis })).records);
    const zonesById = new Map<string, string[]>();
    const candidates: SearchCandidate[] = records.map((record) => {
      const id = record.get('id') as string;
      zonesById.set(id, record.get('zones') as string[]);
      const nis = record.get('nis') as string | null;
      return {
        id,
        label: domainLabel([record.get('label') as string]),
        name: record.get('name') as string,
        normalised: (record.get('searchName') as string | null) ?? '',
        ...(nis ? { nis } : {}),
      };
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
    const { zone, records } = await this.read(async (tx) => {
      const found = zoneId === undefined ? undefined : (await tx.run('MATCH (z:Zone {id: $zoneId}) RETURN z.name AS name', { zoneId })).records[0];
      return { zone: found, records: zoneId !== undefined && !found ? [] : (await tx.run(cypher('queries/coverage'), { zoneId: zoneId ?? null })).records };
    });
    if (zoneId !== undefined && zone === undefined) return undefined;
    const rows = sortCoverage(
      records.map((record) =>
        coverageRow({
          id: record.get('id') as string,
          name: record.get('name') as string,
          nis: record.get('nis') as string,
          ...(record.get('children0to3') !== null ? { children0to3: record.get('children0to3') as number } : {}),
          zones: record.get('zones') as string[],
          networks: record.get('networks') as CoverageFacts['networks'],
          localFunctions: record.get('localFunctions') as string[],
          neighbourFunctions: record.get('neighbourFunctions') as string[],
          childcarePlaces: record.get('childcarePlaces') as number,
        }),
      ),
    );
    return zoneId === undefined ? { municipalities: rows } : { zone: { id: zoneId, label: 'Zone', name: zone!.get('name') as string }, municipalities: rows };
  }

  async *streamGraph(): AsyncIterable<GraphPage> {
    // One explicit read transaction for both queries, so nodes and relationships come from one view;
    // the driver pulls records in batches as the consumer asks for them, so memory stays flat.
    let session: Session | undefined;
    try {
      await this.ensureSchema();
      session = this.driver.session({ ...this.sessionConfig('READ'), fetchSize: GRAPH_PAGE_SIZE });
      const tx = await session.beginTransaction();
      try {
        let nodes: GraphNode[] = [];
        for await (const record of tx.run(cypher('export/nodes'))) {
          nodes.push(toGraphNode(record.toObject() as NodeRecord));
          if (nodes.length === GRAPH_PAGE_SIZE) {
            yield { kind: 'nodes', nodes };
            nodes = [];
          }
        }
        if (nodes.length > 0) yield { kind: 'nodes', nodes };
        let relationships: Relationship[] = [];
        for await (const record of tx.run(cypher('export/relationships'))) {
          relationships.push(toRelationship(record.toObject() as RelationshipRecord));
          if (relationships.length === GRAPH_PAGE_SIZE) {
            yield { kind: 'relationships', relationships };
            relationships = [];
          }
        }
        if (relationships.length > 0) yield { kind: 'relationships', relationships };
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    } catch (error) {
      throw translateNeo4jError(error, this.config);
    } finally {
      await session?.close();
    }
  }

  /** Detected by the queries in cypher/findings/ (one read transaction), worded by the same renderers as the embedded store. */
  async findings(parameters: RuleParameters, only?: readonly RuleId[]): Promise<Finding[]> {
    const { detections, names } = await this.read((tx) => readDetections(tx, parameters, only));
    return findingsFrom(detections, (id) => names.get(id) ?? id);
  }

  async saveSnapshot(name: string, appVersion: string): Promise<SnapshotSummary> {
    const request = { name: snapshotName(name), appVersion, manifest: await this.manifest() };
    const snapshot = await takeSnapshot(this, request);
    await this.run('WRITE', (tx) => writeSnapshot(tx, snapshot));
    return snapshot.summary;
  }

  /** The manifest alone: datasetInfo would also work out the content hash, which a snapshot computes itself. */
  private async manifest(): Promise<DatasetManifest | undefined> {
    const record = await this.read(async (tx) => (await tx.run(cypher('queries/dataset'))).records[0]);
    const text = record?.get('manifest') as string | null | undefined;
    return text ? (JSON.parse(text) as DatasetManifest) : undefined;
  }

  async listSnapshots(): Promise<SnapshotSummary[]> {
    return this.read(readSnapshotSummaries);
  }

  async readSnapshot(id: string): Promise<string | undefined> {
    const document = await this.read((tx) => readSnapshotDocument(tx, id));
    return document === undefined ? undefined : snapshotText(document);
  }

  async deleteSnapshot(id: string): Promise<boolean> {
    return this.run('WRITE', (tx) => deleteSnapshotNodes(tx, id));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
