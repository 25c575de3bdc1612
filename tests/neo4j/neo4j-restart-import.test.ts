// Neo4j itself dies in the middle of an import (SIGKILL, as a crash or a pulled plug would) and comes back:
// the import fails quickly with a message naming the unreachable server, the published dataset is whole
// after recovery, the dead import's committed batches are removed, and the next import publishes.
// A Neo4j of its own (tests/neo4j/server.ts), with the test server's memory settings, because it is killed.
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import type { Neo4jConfig } from '@knooppunt/server/store/neo4j/neo4j-config';
import { importBatches } from '@knooppunt/server/store/neo4j/neo4j-import';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { StoreUnavailableError } from '@knooppunt/server/store/store-errors';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalitiesOf, provincesOf } from '../support/dataset-subsets';
import { startNeo4j, type Neo4jServer } from './server';

/** Ten municipalities of a generated dataset (with every zone and network): 34 batches of 300, quick to import and check. */
function tenMunicipalities(seed: number): Dataset {
  const dataset = provincesOf(generateDataset({ seed, scale: 'flanders' }), 1);
  return municipalitiesOf(dataset, dataset.municipalities.slice(0, 10).map((row) => row.nis));
}
const OLD = tenMunicipalities(6);
const NEW = tenMunicipalities(7);
const BATCH_SIZE = 300;
/** The batch after which Neo4j is killed: three batches of the new generation are committed by then. */
const KILL_AFTER_BATCH = 2;

let server: Neo4jServer;
let config: Neo4jConfig;
const stores: GraphStore[] = [];

function neo4jStore(options: ConstructorParameters<typeof Neo4jStore>[1] = {}): Neo4jStore {
  const store = new Neo4jStore(config, options);
  stores.push(store);
  return store;
}

/** What a reader sees, but the import's date. */
async function visible(store: GraphStore) {
  const { importedAt: _importedAt, ...dataset } = await store.datasetInfo();
  const zones = await store.listZones();
  return {
    counts: await store.counts(),
    dataset,
    zones,
    zoneGraph: await store.zoneGraph(zones[0]!.id),
    coverage: await store.coverage(),
    findings: await store.findings(DEFAULT_RULE_PARAMETERS),
  };
}

async function embeddedView(dataset: Dataset) {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset, { replace: true });
  return visible(store);
}

/** Generations in the database with their state and node count, read with a driver of the test's own. */
async function generations(): Promise<{ state: string; nodes: number }[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(
      `MATCH (g:KnooppuntGeneration)
       RETURN g.state AS state, COUNT { MATCH (n:KnooppuntNode {generation: g.id}) } AS nodes ORDER BY g.id`,
    );
    return records.map((record) => ({ state: String(record.get('state')), nodes: Number(record.get('nodes')) }));
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  server = await startNeo4j({ password: 'restart-test-pw', heap: '512m', txMemory: '256m' });
  config = { uri: server.uri, user: server.user, password: server.password };
}, 240_000);

afterAll(async () => {
  await Promise.allSettled(stores.map((store) => store.close()));
  await server?.dispose();
}, 120_000);

describe('Neo4j killed and restarted in the middle of an import', () => {
  it('fails the import as unreachable, keeps the published dataset whole, removes the leftovers and imports again', async () => {
    const survivor = neo4jStore();
    await survivor.importDataset(OLD, { replace: true });
    const before = await visible(survivor);
    expect(before).toEqual(await embeddedView(OLD));

    let killedAfter: number | undefined;
    const importer = neo4jStore({
      importBatchSize: BATCH_SIZE,
      afterImportBatch: async ({ index }) => {
        if (index !== KILL_AFTER_BATCH) return;
        killedAfter = index;
        server.kill();
        // Wait until the port is closed, so the next batch surely meets a dead server.
        await new Promise((resolveDelay) => setTimeout(resolveDelay, 1_000));
      },
    });
    const started = Date.now();
    const failure = await importer.importDataset(NEW, { replace: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    const failedAfterMs = Date.now() - started;
    expect(killedAfter).toBe(KILL_AFTER_BATCH);
    // Batches were left to write when Neo4j died: the kill landed in the middle of the import.
    expect(importBatches(datasetToGraph(NEW), BATCH_SIZE).length).toBeGreaterThan(KILL_AFTER_BATCH + 3);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toMatch(new RegExp(`Neo4j at ${config.uri} is unreachable`));
    // Seconds, not the minutes of retries an unbounded driver would spend.
    expect(failedAfterMs).toBeLessThan(60_000);

    await server.restart();
    // Recovery kept the committed batches of the dead import as a staging generation beside the published one.
    const recovered = await generations();
    expect(recovered.map((generation) => generation.state).sort()).toEqual(['published', 'staging']);
    expect(recovered.find((generation) => generation.state === 'staging')!.nodes).toBeGreaterThan(0);

    // A server started now reads the old dataset whole, and removes the dead import's batches once they are stale.
    const restarted = neo4jStore({ staleAfterMs: 0 });
    expect(await visible(restarted)).toEqual(before);
    await restarted.settled();
    expect((await generations()).map((generation) => generation.state)).toEqual(['published']);

    // The process that lived through the outage reconnects by itself and sees the same.
    expect(await visible(survivor)).toEqual(before);
    await survivor.importDataset(NEW, { replace: true });
    expect(await visible(restarted)).toEqual(await embeddedView(NEW));
    await survivor.settled();
    expect((await generations()).map((generation) => generation.state)).toEqual(['published']);
  }, 480_000);
});
