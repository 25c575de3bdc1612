// Imports into Neo4j are written in batches as a new generation and published at once
// (cypher/generations/README.md): readers see the old dataset or the new one, whole, never a mix, also
// when the importing process is killed between two batches; and a store notices imports made elsewhere.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { importBatches } from '@knooppunt/server/store/neo4j/neo4j-import';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { provincesOf } from '../support/dataset-subsets';
import { emptyTestDatabase, testNeo4jConfig } from './test-database';

const config = testNeo4jConfig();
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
const childScript = fileURLToPath(new URL('./support/import-until-batch.ts', import.meta.url));
// Two different datasets over the same municipalities (same ids), so a read that let the staged generation
// through would show it.
const OLD = provincesOf(generateDataset({ seed: 4, scale: 'flanders' }), 1);
const NEW = provincesOf(generateDataset({ seed: 5, scale: 'flanders' }), 1); // what the child imports
const MUNICIPALITY = `nis:${OLD.municipalities[0]!.nis}`;
const stores: GraphStore[] = [];

function neo4jStore(options: ConstructorParameters<typeof Neo4jStore>[1] = {}): Neo4jStore {
  const store = new Neo4jStore(config, options);
  stores.push(store);
  return store;
}

async function collect(store: GraphStore): Promise<unknown[]> {
  const pages: unknown[] = [];
  for await (const page of store.streamGraph()) pages.push(page);
  return pages;
}

/** Everything a reader can ask a store, but the import's date. */
async function visible(store: GraphStore) {
  const { importedAt: _importedAt, ...dataset } = await store.datasetInfo();
  const zones = await store.listZones();
  return {
    counts: await store.counts(),
    dataset,
    zones,
    zoneGraphs: await Promise.all(zones.slice(0, 4).map((zone) => store.zoneGraph(zone.id))),
    municipalityGraph: await store.municipalityGraph(MUNICIPALITY),
    neighbourhood: await store.neighbourhood(MUNICIPALITY, 2, 40),
    detail: await store.nodeDetail(MUNICIPALITY),
    reach: await store.nodeReach([MUNICIPALITY, ...zones.map((zone) => zone.id)]),
    search: await store.search('e', 30),
    coverage: await store.coverage(),
    findings: await store.findings(DEFAULT_RULE_PARAMETERS),
    streamed: await collect(store),
  };
}

async function embeddedView(dataset: Dataset) {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset, { replace: true });
  return visible(store);
}

/** Generations in the database: their registry state and how many nodes each holds. */
async function generations(): Promise<{ id: string; state: string; nodes: number }[]> {
  const { records } = await admin.executeQuery(
    `MATCH (g:KnooppuntGeneration)
     RETURN g.id AS id, g.state AS state, COUNT { MATCH (n:KnooppuntNode {generation: g.id}) } AS nodes ORDER BY id`,
  );
  return records.map((record) => record.toObject() as { id: string; state: string; nodes: number });
}

async function nodesOutsideGenerations(): Promise<number> {
  const { records } = await admin.executeQuery(
    `MATCH (n:KnooppuntNode) WHERE NOT EXISTS { MATCH (g:KnooppuntGeneration) WHERE g.id = n.generation } RETURN count(n) AS nodes`,
  );
  return records[0]!.get('nodes') as number;
}

/** Runs the child importer until it reports `stopAfter` committed, then kills it with SIGKILL. */
function killImporterAfterBatch(stopAfter: number, batchSize: number, whileStopped: () => Promise<void>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, String(stopAfter), String(batchSize)], {
      env: { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let failure: unknown;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(`committed batch ${stopAfter}\n`)) {
        whileStopped()
          .catch((error: unknown) => {
            failure = error;
          })
          .finally(() => child.kill('SIGKILL'));
      }
    });
    child.on('exit', (_code, signal) => {
      if (failure !== undefined) reject(failure instanceof Error ? failure : new Error(String(failure)));
      else if (signal === 'SIGKILL') resolvePromise();
      else reject(new Error(`the importer was not killed (stdout: ${stdout}; stderr: ${stderr})`));
    });
  });
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await admin.close();
});

describe('Neo4j import in generations', () => {
  beforeEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await emptyTestDatabase(config);
  });

  it('keeps every read on the published dataset while the next one is written, then shows the new one whole', async () => {
    // Nothing kept between reads (keptFindings 0): every read while the next dataset is staged asks Neo4j again.
    const reader = neo4jStore({ keptFindings: 0 });
    await reader.importDataset(OLD, { replace: true });
    const before = await visible(reader);
    expect(before).toEqual(await embeddedView(OLD));
    const expectedAfter = await embeddedView(NEW);
    expect(expectedAfter.findings).not.toEqual(before.findings);

    const seenWhileStaged: unknown[] = [];
    const batches = importBatches(datasetToGraph(NEW), 400).length;
    const importer = neo4jStore({
      importBatchSize: 400,
      // After the first batch, and after the last one: every node and relationship staged, nothing published.
      afterImportBatch: async ({ index, count }) => {
        if (index === 0 || index === count - 1) seenWhileStaged.push(await visible(reader));
      },
    });
    await importer.importDataset(NEW, { replace: true });

    expect(batches).toBeGreaterThan(5);
    expect(seenWhileStaged).toEqual([before, before]);
    expect(await visible(reader)).toEqual(expectedAfter);
    await importer.settled();
    expect((await generations()).map((generation) => generation.state)).toEqual(['published']);
  }, 240_000);

  it('keeps the published dataset whole when the importing process is killed between two batches; the next start removes its leftovers', async () => {
    const store = neo4jStore();
    await store.importDataset(OLD, { replace: true });
    const before = await visible(store);
    const batchSize = 300;
    const stagedBeforeKill = importBatches(datasetToGraph(NEW), batchSize)
      .slice(0, 3)
      .reduce((nodes, batch) => nodes + (batch.type === undefined ? batch.rows.length : 0), 0);

    let stagedWhileStopped: { id: string; state: string; nodes: number }[] = [];
    await killImporterAfterBatch(2, batchSize, async () => {
      stagedWhileStopped = await generations();
    });
    // The child had committed exactly three batches (0, 1, 2) of its own generation, and no more, when it died.
    expect(stagedWhileStopped.filter((generation) => generation.state === 'staging').map((generation) => generation.nodes)).toEqual([stagedBeforeKill]);
    expect(stagedBeforeKill).toBeGreaterThan(0);
    const stagedAfterKill = (await generations()).filter((generation) => generation.state === 'staging');
    expect(stagedAfterKill.map((generation) => generation.nodes)).toEqual([stagedBeforeKill]);
    expect(await visible(store)).toEqual(before);

    // A server starting later finds the dead import's heartbeat stale and removes what it wrote.
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 1_100));
    const restarted = neo4jStore({ staleAfterMs: 1_000 });
    expect(await visible(restarted)).toEqual(before);
    await restarted.settled();
    expect((await generations()).map((generation) => generation.state)).toEqual(['published']);
    expect(await nodesOutsideGenerations()).toBe(0);

    await restarted.importDataset(NEW, { replace: true });
    expect(await visible(restarted)).toEqual(await embeddedView(NEW));
  }, 240_000);

  it('removes a failed import’s staged batches and keeps the published data', async () => {
    const store = neo4jStore({ importBatchSize: 200 });
    await store.importDataset(OLD, { replace: true });
    const before = await visible(store);
    // Relationships are written after every node: an offer of an unknown organisation fails late, in a batch of its own.
    const broken: Dataset = { ...NEW, offers: [...NEW.offers, { ...NEW.offers[0]!, id: 'late-orphan', org_id: 'does-not-exist' }] };
    await expect(store.importDataset(broken, { replace: true })).rejects.toThrow(/refer to a node that does not exist/);
    expect(await visible(store)).toEqual(before);
    await store.settled();
    expect((await generations()).map((generation) => generation.state)).toEqual(['published']);
  }, 240_000);

  it('changes its revision when another process publishes an import, and only then', async () => {
    const reader = neo4jStore({ revisionPollMs: 50 });
    const writer = neo4jStore();
    await writer.importDataset(OLD, { replace: true });
    const unread = reader.revision();
    await reader.counts();
    const first = reader.revision();
    // The first generation a store sees is the revision it started with: answers computed before stay cacheable.
    expect(first).toBe(unread);
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 300));
    expect(reader.revision()).toBe(first);
    await writer.importDataset(NEW);
    await vi.waitFor(() => expect(reader.revision()).not.toBe(first), { timeout: 5_000, interval: 50 });
    const marker = await admin.executeQuery("MATCH (d:KnooppuntDataset {id: 'current'}) RETURN d.revision AS revision");
    expect(marker.records[0]!.get('revision')).toBe(2);
  }, 120_000);
});
