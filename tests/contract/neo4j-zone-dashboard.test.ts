// The zone dashboard over Neo4j equals the one over the embedded store, byte for byte once parsed: the same
// zone graph, reach and findings go into the same pure function, and Louvain's seeded draws make the
// communities the same too. Zones chosen for their shapes: the largest (Brussels' 19 municipalities), one
// municipality in four zones (Antwerpen), a zone without a zorgraad, and two with a missing sector and an
// absent municipality.
import { fileURLToPath } from 'node:url';
import type { ZoneDashboard } from '@knooppunt/server/domain/zone-dashboard';
import { createApp } from '@knooppunt/server/http/app';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from '../neo4j/test-database';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const config = testNeo4jConfig();
const neo4jStore = new Neo4jStore(config);
let onNeo4j: ReturnType<typeof createApp>;
let embedded: ReturnType<typeof createApp>;

beforeAll(async () => {
  await emptyTestDatabase(config);
  const dataset = await readDataset(demo);
  await neo4jStore.importDataset(dataset, { replace: true });
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset, { replace: true });
  const dependencies = { version: 'test', centroids: [], logError: () => undefined };
  onNeo4j = createApp({ ...dependencies, store: neo4jStore });
  embedded = createApp({ ...dependencies, store });
}, 180_000);

afterAll(async () => {
  await neo4jStore.close();
});

async function dashboardOn(app: ReturnType<typeof createApp>, path: string): Promise<ZoneDashboard> {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as ZoneDashboard;
}

describe('the zone dashboard on Neo4j and on the embedded store', () => {
  it.each([
    'zone:bruzel',
    'zone:antwerpen-zuid',
    'zone:we40',
    'zone:midden-wvl',
    'zone:zora',
    'zone:midden-wvl?zorgraadSectors=caw,ocmw&year=2024&forumLoad=2',
  ])('is identical for %s', async (zoneAndQuery) => {
    const [zone, query] = zoneAndQuery.split('?');
    const path = `/api/zones/${zone}/dashboard${query ? `?${query}` : ''}`;
    const [fromNeo4j, fromEmbedded] = await Promise.all([dashboardOn(onNeo4j, path), dashboardOn(embedded, path)]);
    expect(fromNeo4j.zone.id).toBe(zone);
    expect(fromNeo4j.collaboration.size.nodes).toBeGreaterThan(0);
    expect(fromNeo4j).toStrictEqual(fromEmbedded);
  });

  it('answers 404 for an unknown zone on Neo4j too', async () => {
    const response = await onNeo4j.request('/api/zones/zone:nergens/dashboard');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
