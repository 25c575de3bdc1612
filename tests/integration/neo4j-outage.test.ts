// Knooppunt on Neo4j when Neo4j goes away: the server keeps running, answers 503 with a detail a user
// understands, and recovers by itself when Neo4j is back. Wrong credentials get their own 503.
import type { HealthResponse, Problem } from '@knooppunt/server/domain/api';
import { createApp } from '@knooppunt/server/http/app';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from '../neo4j/server';
import { smallDataset } from '../support/small-dataset';

async function problemOf(response: Response): Promise<Problem> {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as Problem;
}

describe('Neo4j outage', () => {
  let neo4jServer: Neo4jServer;
  let store: Neo4jStore;

  beforeAll(async () => {
    // A server of its own, so stopping it does not disturb the other Neo4j tests.
    neo4jServer = await startNeo4j({ heap: '512m', pagecache: '64m' });
    store = new Neo4jStore({ uri: neo4jServer.uri, user: neo4jServer.user, password: neo4jServer.password });
    await store.importDataset(smallDataset());
  }, 240_000);

  afterAll(async () => {
    await store?.close();
    await neo4jServer?.dispose();
  });

  it('answers 503 while Neo4j is down and recovers by itself when it is back', async () => {
    const app = createApp({ store, version: 'test', centroids: [], logError: () => undefined });
    const healthy = (await (await app.request('/api/health')).json()) as HealthResponse;
    expect(healthy.backend).toBe('neo4j');
    expect(healthy.counts.nodes).toBe(16);

    await neo4jServer.stop();
    const down = await problemOf(await app.request('/api/zones/zone:west/graph'));
    expect(down.detail).toMatch(new RegExp(`^Neo4j at ${neo4jServer.uri.replace(/[.]/g, '\\.')} is unreachable`));
    await problemOf(await app.request('/api/health'));

    await neo4jServer.restart();
    let recovered: Response | undefined;
    for (let attempt = 0; attempt < 30 && recovered?.status !== 200; attempt += 1) {
      recovered = await app.request('/api/zones/zone:west/graph');
      if (recovered.status !== 200) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(recovered?.status).toBe(200);
    expect(((await recovered!.json()) as { nodes: unknown[] }).nodes).toHaveLength(10);
  }, 240_000);

  it('answers 503 naming the user when Neo4j refuses the credentials', async () => {
    const refused = new Neo4jStore({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: 'not-the-password' });
    try {
      const app = createApp({ store: refused, version: 'test', centroids: [], logError: () => undefined });
      const problem = await problemOf(await app.request('/api/health'));
      expect(problem.detail).toBe(
        `authentication failed for user "${inject('neo4jUser')}" at ${inject('neo4jUri')}: check NEO4J_USER and NEO4J_PASSWORD`,
      );
    } finally {
      await refused.close();
    }
  });
});
