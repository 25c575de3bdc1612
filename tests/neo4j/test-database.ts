// The Neo4j the neo4j test project shares (started by tests/neo4j/global-setup.ts, or NEO4J_URI): its
// connection settings, and how a test file starts from an empty database.
import type { Neo4jConfig } from '@knooppunt/server/store/neo4j/neo4j-config';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';

export function testNeo4jConfig(): Neo4jConfig {
  return { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
}

/**
 * Deletes everything, in batches: one transaction deleting a Flanders-scale graph is slow and memory-hungry.
 * Relationships go first, nodes second (see below).
 * `CALL … IN TRANSACTIONS` only runs in an auto-commit transaction, so this uses session.run, not executeQuery.
 */
export async function emptyTestDatabase(config: Neo4jConfig = testNeo4jConfig()): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session();
  try {
    // Relationships first: a municipality can have thousands, so a batch of nodes deleted with theirs has
    // no bound and can exceed the server's transaction memory.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
