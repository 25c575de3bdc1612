// The storage contract against a real Neo4j (started by tests/neo4j/global-setup.ts, or NEO4J_URI).
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { storeContract } from './store-contract';

const config = { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
afterAll(async () => {
  await admin.close();
});

/** Each test starts from an empty database, as each embedded test starts from an empty store. */
async function emptyDatabase(): Promise<void> {
  await admin.executeQuery('MATCH (n) DETACH DELETE n');
}

storeContract('neo4j', async () => {
  await emptyDatabase();
  return new Neo4jStore(config);
});
