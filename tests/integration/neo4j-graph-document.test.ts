// Knooppunt's own JSON export imported again into an emptied Neo4j, on the demo dataset and on generated
// data: the same content hash, counts and findings; a zone's export too. And a snapshot stored in several
// chunk nodes comes back whole.
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { parseDatasetJson } from '@knooppunt/server/import/json';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { snapshotText, takeSnapshot } from '@knooppunt/server/snapshots/snapshot-document';
import { readSnapshot } from '@knooppunt/server/snapshots/snapshot-service';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { writeSnapshot } from '@knooppunt/server/store/neo4j/neo4j-snapshots';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from '../neo4j/test-database';
import { exportText } from '../support/export-support';
import { expectWholeRoundTrip, expectZoneRoundTrip } from '../support/graph-document-round-trip';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const config = testNeo4jConfig();
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
let store: Neo4jStore;

async function emptyDatabase(): Promise<Neo4jStore> {
  await emptyTestDatabase(config);
  return store;
}

/**
 * Generated data the test server takes in one import (it caps a transaction at 256 MiB, less than a whole
 * Flanders-scale dataset needs): the graphs of a few zones of a generated Flanders-scale dataset, each read
 * from its JSON export, so the embedded store and the import make them.
 */
async function generatedZones(seed: number, count: number): Promise<Dataset> {
  const generated = EmbeddedStore.inMemory();
  await generated.importDataset(generateDataset({ seed, scale: 'flanders' }));
  const merged = EmbeddedStore.inMemory();
  for (const zone of (await generated.listZones()).slice(0, count)) {
    await merged.importDataset(parseDatasetJson(await exportText(generated, 'json', zone.id), `${zone.id}.json`));
  }
  return parseDatasetJson(await exportText(merged, 'json'), 'zones.json');
}

beforeAll(() => {
  store = new Neo4jStore(config);
});
afterAll(async () => {
  await store.close();
  await admin.close();
});

describe('the JSON export imported again (Neo4j)', () => {
  it('gives back the demo: same hash, counts, findings and manifest; and a zone of it', async () => {
    await emptyDatabase();
    await store.importDataset(await readDataset(demo));
    await expectWholeRoundTrip(store, emptyDatabase);
    await expectZoneRoundTrip(store, 'zone:antwerpen-centrum', emptyDatabase);
  }, 300_000);

  it('gives back generated data', async () => {
    await emptyDatabase();
    await store.importDataset(await generatedZones(11, 6));
    expect((await store.counts()).nodes).toBeGreaterThan(1_000);
    await expectWholeRoundTrip(store, emptyDatabase);
  }, 300_000);

  it('puts a snapshot stored in several chunk nodes together again', async () => {
    await emptyDatabase();
    await store.importDataset(await readDataset(demo));
    const snapshot = await takeSnapshot(store, { name: 'in stukken', appVersion: 'test', manifest: undefined });
    const session = admin.session();
    try {
      await session.executeWrite((tx) => writeSnapshot(tx, snapshot, 64 * 1024));
    } finally {
      await session.close();
    }
    const chunks = await admin.executeQuery('MATCH (:KnooppuntSnapshot {id: $id})-[:HAS_CHUNK]->(c) RETURN count(c) AS chunks', { id: snapshot.summary.id });
    expect(Number(chunks.records[0]?.get('chunks'))).toBe(Math.ceil(snapshot.document.length / (64 * 1024)));
    expect(Number(chunks.records[0]?.get('chunks'))).toBeGreaterThan(2);
    expect(await readSnapshot(store, snapshot.summary.id)).toBe(await snapshotText(snapshot.document));
    expect(await store.listSnapshots()).toEqual([snapshot.summary]);
    expect(await store.deleteSnapshot(snapshot.summary.id)).toBe(true);
    const left = await admin.executeQuery('MATCH (c:KnooppuntSnapshotChunk) RETURN count(c) AS chunks');
    expect(Number(left.records[0]?.get('chunks'))).toBe(0);
  }, 300_000);
});
