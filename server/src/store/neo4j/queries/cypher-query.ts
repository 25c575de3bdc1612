// The one place records become values. Each query in cypher/ that the store runs is declared once
// (queries/*-queries.ts): its columns, each a zod schema, and what a checked row becomes; the types follow from
// the declaration. Every record is checked on the way in: a row of the wrong shape (a query edited without its
// declaration, a database another program wrote) fails with the query file, the row and the field, instead
// of travelling on under a cast. A column the declaration lacks is an error; keys a returned map holds beyond
// the declared ones are not read.
//
// Why zod rather than the driver's resultTransformers: mappedResultTransformer is marked experimental in
// neo4j-driver 5.28, it gathers a whole result (graph pages are read record by record) and it belongs to
// executeQuery, while the store runs its queries inside transaction functions (one generation per read) and
// sessions (CALL … IN TRANSACTIONS). It also checks nothing: a field reader would have to be written anyway.
// zod is what every other edge of Knooppunt validates with, gives the path of a nested field, and infers
// the types. Kept cheap, since an export reads hundreds of thousands of rows (pnpm bench records): the
// values are taken from the record by index (the driver's toObject walks a generator and cost more than the
// check), the columns are counted rather than checked by a strict schema, and the conversion to domain
// values is a plain function after the check, not a zod transform.
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../../../neo4j-model/cypher-library';
import { describeValue } from './neo4j-values';

/** A query file (path under cypher/, without .cypher), the columns of its rows, and how a row becomes the value the code uses. */
export interface CypherQuery<Row> {
  readonly name: string;
  readonly columns: readonly string[];
  /** Checks the row's values (zod's first issue when they do not fit) and converts them. */
  readonly read: (values: Record<string, unknown>) => { row: Row } | { issue: z.core.$ZodIssue };
}

type Checked<Columns extends z.ZodRawShape> = z.output<z.ZodObject<Columns>>;

/** The columns a query returns, each with its schema, and (if the code wants another value) what a checked row becomes. */
export function defineQuery<Columns extends z.ZodRawShape>(name: string, columns: Columns): CypherQuery<Checked<Columns>>;
export function defineQuery<Columns extends z.ZodRawShape, Row>(name: string, columns: Columns, convert: (row: Checked<Columns>) => Row): CypherQuery<Row>;
export function defineQuery<Columns extends z.ZodRawShape, Row>(
  name: string,
  columns: Columns,
  convert?: (row: Checked<Columns>) => Row,
): CypherQuery<Row | Checked<Columns>> {
  const check = z.object(columns);
  return {
    name,
    columns: Object.keys(columns),
    read: (values) => {
      const checked = check.safeParse(values);
      if (!checked.success) return { issue: checked.error.issues[0]! };
      return { row: convert ? convert(checked.data) : checked.data };
    },
  };
}

/** A statement that returns no rows (declared so, so a RETURN added later is noticed). */
export type CypherStatement = CypherQuery<never>;

export function defineStatement(name: string): CypherStatement {
  return defineQuery(name, {}, (): never => {
    throw new Error(`cypher/${name}.cypher is declared to return no rows`);
  });
}

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
  const values: Record<string, unknown> = {};
  for (let field = 0; field < record.length; field += 1) values[String(record.keys[field])] = record.get(field);
  // Every declared column is checked below; one more than declared is a column the declaration lacks.
  if (record.length > query.columns.length) {
    const undeclared = Object.keys(values).find((column) => !query.columns.includes(column))!;
    throw new QueryRowError(query.name, index + 1, undeclared, `not declared in the query's row (got ${describeValue(values[undeclared])})`);
  }
  const read = query.read(values);
  if ('row' in read) return read.row;
  throw new QueryRowError(query.name, index + 1, fieldPath(read.issue.path), read.issue.message);
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
