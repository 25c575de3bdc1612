// The Neo4j a benchmark measures: the one in NEO4J_URI, or one started from .cache/neo4j with room for
// a Flanders-scale import in one transaction (or the memory asked for). Either way it starts without Knooppunt data.
import { readFileSync } from 'node:fs';
import type { Neo4jConfig } from '@knooppunt/server/store/neo4j/neo4j-config';
import neo4j from 'neo4j-driver';
import { startNeo4j } from '../../neo4j/server';

export interface BenchNeo4j {
  config: Neo4jConfig;
  /** CPU milliseconds the Neo4j JVM has used so far (user + system), when the bench started it; else undefined. */
  cpuMs(): number | undefined;
  dispose(): Promise<void>;
}

/** Memory for a started Neo4j; the default leaves room for a Flanders-scale import in one transaction. */
export interface BenchNeo4jMemory {
  heap: string;
  pagecache: string;
  txMemory: string;
}

export async function benchNeo4j(memory: BenchNeo4jMemory = { heap: '3g', pagecache: '1g', txMemory: '2500m' }): Promise<BenchNeo4j> {
  const external = process.env.NEO4J_URI;
  const server = external ? undefined : await startNeo4j(memory);
  const config = external
    ? { uri: external, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }
    : { uri: server!.uri, user: server!.user, password: server!.password };
  const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  // CALL { … } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = admin.session();
  try {
    // Relationships first, so no batch holds a dense node's thousands of them.
    await session.run('MATCH (:KnooppuntNode)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) WHERE n:KnooppuntNode OR n:KnooppuntGeneration OR n:KnooppuntDataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await admin.close();
  }
  return { config, cpuMs: () => processCpuMs(server?.pid), dispose: async () => server?.dispose() };
}

/**
 * A process's CPU time from /proc (Linux): on a shared machine the wall time of a query grows with everybody
 * else's load, its CPU time much less, so benches print both.
 */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name: state is the 3rd field of the line, utime and stime the 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux Node runs on
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
