// Neo4j's limits answered plainly: a transaction over the test server's transaction memory cap (256 MiB)
// becomes a StoreCapacityError naming the setting, which the API answers as a 503 problem, at once.
import { createApp } from '@knooppunt/server/http/app';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { translateNeo4jError } from '@knooppunt/server/store/neo4j/neo4j-errors';
import { StoreCapacityError } from '@knooppunt/server/store/store-errors';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4jConfig } from './test-database';

const config = testNeo4jConfig();
const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { maxTransactionRetryTime: 0 });
afterAll(async () => {
  await driver.close();
});

/**
 * Sorts ten million numbers in one transaction: Neo4j tracks the sort's memory row by row and stops it at
 * the 256 MiB cap (a plain collect() of as much can exhaust a 512 MiB heap before the tracker notices).
 */
async function overTheMemoryCap(): Promise<unknown> {
  const session = driver.session();
  try {
    await session.run('UNWIND range(1, 10000000) AS i WITH i ORDER BY -i RETURN sum(i) AS total');
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await session.close();
  }
}

let error: unknown;
beforeAll(async () => {
  error = await overTheMemoryCap();
}, 180_000);

describe('Neo4j capacity errors', () => {
  it('turns the transaction memory limit into a capacity error naming the setting and what to do', () => {
    expect(error).toBeInstanceOf(Neo4jError);
    const translated = translateNeo4jError(error, config);
    expect(translated).toBeInstanceOf(StoreCapacityError);
    expect((translated as Error).message).toContain('dbms.memory.transaction.total.max');
    expect((translated as Error).message).toMatch(/raise it in neo4j\.conf/);
  });

  it('is answered by the API as a 503 problem with that detail, not a 500', async () => {
    const translated = translateNeo4jError(error, config) as StoreCapacityError;
    const store = EmbeddedStore.inMemory();
    // A store that meets Neo4j's limit on every finding request, as a Neo4j store at its cap does.
    store.findings = () => Promise.reject(translated);
    const app = createApp({ store, version: 'test', centroids: [], logError: () => undefined });
    const response = await app.request('/api/findings');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('dbms.memory.transaction.total.max');
  });
});
