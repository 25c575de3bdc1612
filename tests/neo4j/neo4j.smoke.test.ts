// A real Neo4j through tests/neo4j/server.ts: Bolt answers, auth is enforced, stop closes the port,
// and restart comes back on the same port with the same data.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { portOpen, startNeo4j, type Neo4jServer } from './server';

async function scalar(uri: string, user: string, password: string, query: string): Promise<unknown> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const session = driver.session();
    try {
      const result = await session.run(query);
      return result.records[0]?.get('x');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

describe('Neo4j started by server.ts', () => {
  let server: Neo4jServer;

  beforeAll(async () => {
    server = await startNeo4j({ password: 'smoke-test-pw' });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('answers RETURN 1 over Bolt on 127.0.0.1', async () => {
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const x = await scalar(server.uri, server.user, server.password, 'RETURN 1 AS x');
    expect(Number(x)).toBe(1);
  });

  it('refuses a wrong password with an authentication error', async () => {
    const err = await scalar(server.uri, server.user, 'wrong-password', 'RETURN 1 AS x').then(
      () => undefined,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(err?.code).toBe('Neo.ClientError.Security.Unauthorized');
    expect(err?.message).toMatch(/authentication failure/i);
    // no lock-out after failures: the right password still works
    expect(Number(await scalar(server.uri, server.user, server.password, 'RETURN 1 AS x'))).toBe(1);
  });

  it('closes the port on stop and restarts on the same port with the same data', async () => {
    await scalar(server.uri, server.user, server.password, "CREATE (:Smoke {name: 'kept'}) RETURN 1 AS x");
    const { port, uri } = server;
    await server.stop();
    expect(server.pid).toBeUndefined();
    expect(await portOpen(port)).toBe(false);

    await server.restart();
    expect(server.uri).toBe(uri);
    const name = await scalar(uri, server.user, server.password, 'MATCH (n:Smoke) RETURN n.name AS x');
    expect(name).toBe('kept');

    // a crash (SIGKILL) and a restart: recovery keeps committed data too
    server.kill();
    await server.restart();
    const count = await scalar(uri, server.user, server.password, 'MATCH (n:Smoke) RETURN count(n) AS x');
    expect(Number(count)).toBe(1);
    await server.stop();
    expect(await portOpen(port)).toBe(false);
  });
});

describe('Neo4j provided by global-setup.ts', () => {
  it('provides a working uri, user and password', async () => {
    const uri = inject('neo4jUri');
    expect(uri).toMatch(/^(bolt|neo4j)(\+s)?:\/\//);
    const x = await scalar(uri, inject('neo4jUser'), inject('neo4jPassword'), 'RETURN 1 AS x');
    expect(Number(x)).toBe(1);
  });
});
