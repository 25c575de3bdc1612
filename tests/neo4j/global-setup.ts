// Vitest globalSetup: one real Neo4j for the whole run, or the server in NEO4J_URI when that is
// set (NEO4J_USER / NEO4J_PASSWORD then apply as given). Tests read the connection with
//   import { inject } from 'vitest';  inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword')
import type { TestProject } from 'vitest/node';
import { NEO4J_USER, startNeo4j } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    provide('neo4jUri', external);
    provide('neo4jUser', process.env.NEO4J_USER ?? NEO4J_USER);
    provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return async () => {};
  }
  // startNeo4j cleans up after itself when it fails; afterwards teardown always stops the server.
  const server = await startNeo4j(process.env.NEO4J_PASSWORD ? { password: process.env.NEO4J_PASSWORD } : {});
  try {
    provide('neo4jUri', server.uri);
    provide('neo4jUser', server.user);
    provide('neo4jPassword', server.password);
  } catch (e) {
    await server.dispose();
    throw e;
  }
  return async () => {
    await server.dispose();
  };
}
