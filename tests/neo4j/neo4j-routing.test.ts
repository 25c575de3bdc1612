// The routing driver path (neo4j://, what clusters and Aura use): the single test server answers routing
// requests itself, so the store works through it as through bolt://, reads and writes alike.
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';
import { emptyTestDatabase, testNeo4jConfig } from './test-database';

const config = testNeo4jConfig();
const routed = { ...config, uri: config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') };
let store: Neo4jStore;

beforeAll(async () => {
  await emptyTestDatabase(config);
  store = new Neo4jStore(routed);
});

afterAll(async () => {
  await store.close();
});

it('imports and answers through a neo4j:// URI', async () => {
  expect(routed.uri).toMatch(/^neo4j/);
  const summary = await store.importDataset(smallDataset(), { replace: true });
  expect(summary.counts.nodes).toBeGreaterThan(0);
  expect(await store.counts()).toEqual(summary.counts);
  expect((await store.listZones()).map((zone) => zone.id)).toEqual(['zone:oost', 'zone:west']);
  expect((await store.search('beek', 5)).map((hit) => hit.id)).toEqual(['nis:90002', 'net:hvhk-beek-cirkel']);
  expect((await store.findings(DEFAULT_RULE_PARAMETERS)).length).toBeGreaterThan(0);
}, 120_000);
