// The Cypher export run in Neo4j as cypher-shell runs it (statement by statement), beside Neo4j's own floor:
// the same rows in the same batches sent as driver parameters, so nothing is parsed but the statement.
// With --literal it also runs the rows written as a list of map literals (the export's earlier form), which
// Neo4j parses slowly: that is why the export packs each batch into one string (server/src/export/packed-rows.ts).
// Run: pnpm bench cypher-script [--scale demo|flanders] [--repeat 2] [--literal]   (starts its own Neo4j, or uses NEO4J_URI)
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { GraphNode, Relationship } from '@knooppunt/server/domain/graph';
import { CYPHER_BATCH_SIZE } from '@knooppunt/server/export/cypher-export';
import { cypherMap, cypherName, cypherString } from '@knooppunt/server/export/cypher-literal';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { storedNodeProperties, storedRelationshipProperties } from '@knooppunt/server/neo4j-model/stored-properties';
import neo4j, { type Session } from 'neo4j-driver';
import { exportText, wholeGraph } from '../support/export-support';
import { perSecond, printTable } from './support';
import { benchNeo4j } from './support/bench-neo4j';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'demo' }, repeat: { type: 'string', default: '2' }, literal: { type: 'boolean', default: false } } });
const repeat = Number(values.repeat);

/** The script's statements as cypher-shell splits them: each ends where a line ends in a semicolon. */
const statements = (script: string) =>
  script
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim().length > 0);

function batches<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length === CYPHER_BATCH_SIZE || (current.length > 0 && key(current[0] as T) !== key(item))) {
      out.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One batch as a parameterised statement (the floor) and as a literal one (the earlier export form). */
interface Batch {
  text: string;
  parameters: Record<string, unknown>;
  literal: string;
}

function nodeBatch(nodes: readonly GraphNode[]): Batch {
  const label = cypherName((nodes[0] as GraphNode).label);
  const rows = nodes.map((node) => storedNodeProperties(node));
  const create = `CREATE (n:KnooppuntNode:${label}) SET n = row`;
  return {
    text: `UNWIND $rows AS row ${create}`,
    parameters: { rows },
    literal: `UNWIND [${rows.map((row) => cypherMap(Object.entries(row))).join(',\n')}] AS row ${create}`,
  };
}

function relationshipBatch(relationships: readonly Relationship[]): Batch {
  const type = cypherName((relationships[0] as Relationship).type);
  const rows = relationships.map((r) => ({ from: r.from, to: r.to, properties: storedRelationshipProperties(r) }));
  const create = `MATCH (a:KnooppuntNode {id: row.from}) MATCH (b:KnooppuntNode {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.properties`;
  return {
    text: `UNWIND $rows AS row ${create}`,
    parameters: { rows },
    literal: `UNWIND [${rows.map((row) => `{from: ${cypherString(row.from)}, to: ${cypherString(row.to)}, properties: ${cypherMap(Object.entries(row.properties))}}`).join(',\n')}] AS row ${create}`,
  };
}

async function emptyDatabase(session: Session): Promise<void> {
  await session.run('MATCH (:KnooppuntNode)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await session.run('MATCH (n) WHERE n:KnooppuntNode OR n:KnooppuntDataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

async function timedRun(session: Session, work: (session: Session) => Promise<void>): Promise<number> {
  await emptyDatabase(session);
  const started = performance.now();
  await work(session);
  return performance.now() - started;
}

const store = EmbeddedStore.inMemory();
await store.importDataset(values.scale === 'demo' ? await readDataset(fileURLToPath(new URL('../../fixtures/demo/', import.meta.url))) : generateDataset({ scale: 'flanders', seed: 1 }));
const script = await exportText(store, 'cypher');
const graph = await wholeGraph(store);
const rows = graph.nodes.length + graph.relationships.length;
const floor = [...batches(graph.nodes, (n) => n.label).map(nodeBatch), ...batches(graph.relationships, (r) => r.type).map(relationshipBatch)];
const scriptStatements = statements(script);

const neo = await benchNeo4j();
const driver = neo4j.driver(neo.config.uri, neo4j.auth.basic(neo.config.user, neo.config.password));
const session = driver.session();
try {
  // The schema (indexes and constraints) once, from the script's own first statements, so every form has it.
  for (const statement of scriptStatements.filter((s) => /^(CREATE|DROP) (CONSTRAINT|INDEX)|^CALL db\.awaitIndexes/.test(s.replace(/^\s*\/\/.*\n/gm, '')))) await session.run(statement);
  const table: Record<string, string | number>[] = [];
  const floorRuns: number[] = [];
  for (let run = 0; run < repeat; run++) {
    const floorMs = await timedRun(session, async (s) => {
      for (const batch of floor) await s.run(batch.text, batch.parameters);
    });
    const scriptMs = await timedRun(session, async (s) => {
      for (const statement of scriptStatements) await s.run(statement);
    });
    floorRuns.push(floorMs);
    table.push({ run: run + 1, form: 'floor: rows as parameters', statements: floor.length, seconds: +(floorMs / 1000).toFixed(1), 'rows/s': perSecond(rows, floorMs), 'vs floor': 1 });
    table.push({ run: run + 1, form: 'export script (packed rows)', statements: scriptStatements.length, seconds: +(scriptMs / 1000).toFixed(1), 'rows/s': perSecond(rows, scriptMs), 'vs floor': +(scriptMs / floorMs).toFixed(2) });
  }
  if (values.literal) {
    const literalMs = await timedRun(session, async (s) => {
      for (const batch of floor) await s.run(batch.literal);
    });
    const floorMs = Math.min(...floorRuns);
    table.push({ run: 1, form: 'rows as map literals (earlier form)', statements: floor.length, seconds: +(literalMs / 1000).toFixed(1), 'rows/s': perSecond(rows, literalMs), 'vs floor': +(literalMs / floorMs).toFixed(2) });
  }
  printTable(`Cypher export script in Neo4j, ${values.scale} (${graph.nodes.length} nodes, ${graph.relationships.length} relationships)`, table);
} finally {
  await session.close();
  await driver.close();
  await neo.dispose();
}
