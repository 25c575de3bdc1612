// The one place records become values. Each query in cypher/ that the store runs is declared once with the
// shape of its rows, as a zod schema whose output is the type the code uses (queries/*-queries.ts); every
// record is checked against it on the way in. A row of the wrong shape (a query edited without its
// declaration, a database another program wrote) fails with the query file, the row and the field, instead
// of travelling on under a cast.
//
// Why zod rather than the driver's resultTransformers: mappedResultTransformer is marked experimental in
// neo4j-driver 5.28, it gathers a whole result (graph pages are read record by record) and it belongs to
// executeQuery, while the store runs its queries inside transaction functions (one generation per read) and
// sessions (CALL … IN TRANSACTIONS). It also checks nothing: a field reader would have to be written anyway.
// zod is what every other edge of Knooppunt validates with, gives the path of a nested field, and infers
// the types; mapping 100,000 node rows through it costs about what reading them by hand did
// (queries/cypher-query.bench.ts).
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { z } from 'zod';
import { cypher } from '../../../neo4j-model/cypher-library';
import { describeValue } from './neo4j-values';

/** A query file (path under cypher/, without .cypher) and the shape of each row it returns. */
export interface CypherQuery<Row> {
  readonly name: string;
  readonly row: z.ZodType<Row, unknown>;
}

export function defineQuery<Row>(name: string, row: z.ZodType<Row, unknown>): CypherQuery<Row> {
  return { name, row };
}

/** A statement that returns no rows (its declaration says so, so a RETURN added later is noticed). */
export type CypherStatement = CypherQuery<never>;

/** A transaction or a session: whatever runs Cypher. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/** Neo4j returned a row the query's declaration does not describe. */
export class QueryRowError extends Error {
  readonly query: string;
  readonly field: string;

  constructor(query: string, row: number, field: string, problem: string) {
    super(`cypher/${query}.cypher returned a row Knooppunt cannot read: row ${row}, ${field}: ${problem}`);
    this.name = 'QueryRowError';
    this.query = query;
    this.field = field;
  }
}

/** `["municipalities", 0, "zones"]` → `municipalities[0].zones`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** One record as its query's row; `index` counts from 0. */
export function mapRecord<Row>(query: CypherQuery<Row>, record: Neo4jRecord, index: number): Row {
  const parsed = query.row.safeParse(record.toObject());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const field = fieldPath([...issue.path, issue.keys[0]!]);
    throw new QueryRowError(query.name, index + 1, field, `not declared in the query's row (got ${describeValue(record.toObject()[issue.keys[0]!])})`);
  }
  const field = issue.path.length === 0 ? '(the row)' : fieldPath(issue.path);
  throw new QueryRowError(query.name, index + 1, field, issue.message);
}

/** Every row of the query, checked. */
export async function runQuery<Row>(runner: QueryRunner, query: CypherQuery<Row>, parameters: Record<string, unknown> = {}): Promise<Row[]> {
  const { records } = await runner.run(cypher(query.name), parameters);
  return records.map((record, index) => mapRecord(query, record, index));
}

/** The first row, or undefined when the query returns none. */
export async function firstRow<Row>(runner: QueryRunner, query: CypherQuery<Row>, parameters: Record<string, unknown> = {}): Promise<Row | undefined> {
  return (await runQuery(runner, query, parameters))[0];
}

/** Runs a statement that returns nothing (a row would break its declaration). */
export async function runStatement(runner: QueryRunner, statement: CypherStatement, parameters: Record<string, unknown> = {}): Promise<void> {
  await runQuery(runner, statement, parameters);
}

/** The rows one by one as the driver pulls them in (batches of the session's fetch size), so memory stays flat. */
export async function* streamRows<Row>(runner: QueryRunner, query: CypherQuery<Row>, parameters: Record<string, unknown> = {}): AsyncGenerator<Row> {
  let index = 0;
  for await (const record of runner.run(cypher(query.name), parameters)) {
    yield mapRecord(query, record, index);
    index += 1;
  }
}
