// Rows of a Cypher export statement packed into ONE string literal. Neo4j 5 parses and plans a statement
// with thousands of literals slowly (a 500-row list of maps took 3–17 s on the test server, so the demo's
// script ran for about 90 s), while one long string is a single token: the statement is parsed in
// milliseconds and its plan is reused by every later statement of the same shape. The statement unpacks
// the string with Cypher's own split(), substring(), toInteger() and toFloat(), so the script still runs
// in plain cypher-shell or Neo4j Browser, with no plugin.
//
// Format: rows are separated by U+001E, fields by U+001F. Every present value starts with a tag (s string,
// i integer, f float, t true, u false); an absent value is the empty field. Inside strings, U+001B escapes
// the three control characters: ESC e, ESC r, ESC u stand for ESC, RS, US.
import { cypherString } from './cypher-literal';

export type PackedValue = string | number | boolean;

const ROW = '\u001e';
const FIELD = '\u001f';
const ESC = '\u001b';
const UNESCAPED: Record<string, string> = { [ESC]: `${ESC}e`, [ROW]: `${ESC}r`, [FIELD]: `${ESC}u` };
// eslint-disable-next-line no-control-regex -- these control characters are the packing's separators and escape
const SEPARATOR_OR_ESCAPE = /[\u001b\u001e\u001f]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_SEPARATOR_OR_ESCAPE = /[\u001b\u001e\u001f]/;

type Tag = 's' | 'i' | 'f' | 't' | 'u';

/** Whole numbers stay integers and the rest floats, as the Neo4j store and a Cypher literal would have them. */
function numberTag(value: number): Tag {
  if (!Number.isFinite(value)) throw new Error(`knooppunt export: ${value} cannot be written to Neo4j`);
  return /^-?\d+$/.test(String(value)) ? 'i' : 'f';
}

function tagOf(value: PackedValue): Tag {
  if (typeof value === 'string') return 's';
  if (typeof value === 'number') return numberTag(value);
  return value ? 't' : 'u';
}

function encodeValue(value: PackedValue | undefined): string {
  if (value === undefined) return '';
  const tag = tagOf(value);
  if (typeof value === 'string') return `s${value.replace(SEPARATOR_OR_ESCAPE, (character) => UNESCAPED[character] ?? character)}`;
  return tag === 't' || tag === 'u' ? tag : `${tag}${String(value)}`;
}

/** What one column holds in this batch, which decides the smallest expression that reads it back. */
interface ColumnKinds {
  tags: Set<Tag>;
  absent: boolean;
  escaped: boolean;
}

/** The Cypher expression that turns field `index` back into its value (null when absent: SET then skips it). */
function decoder(index: number, kinds: ColumnKinds): string {
  const field = `f[${index}]`;
  const text = `substring(${field}, 1)`;
  const string = kinds.escaped
    ? `replace(replace(replace(${text}, ${cypherString(`${ESC}r`)}, ${cypherString(ROW)}), ${cypherString(`${ESC}u`)}, ${cypherString(FIELD)}), ${cypherString(`${ESC}e`)}, ${cypherString(ESC)})`
    : text;
  const read: Record<Tag, string> = { s: string, i: `toInteger(${text})`, f: `toFloat(${text})`, t: 'true', u: 'false' };
  const tags = [...kinds.tags].sort();
  if (tags.length === 1 && !kinds.absent) return read[tags[0] as Tag];
  const cases = tags.map((tag) => `WHEN '${tag}' THEN ${read[tag]}`).join(' ');
  return `CASE left(${field}, 1) ${cases} END`;
}

export interface PackedRows {
  /** Column names, in the order they first appear. */
  columns: string[];
  /** The Cypher string literal holding every row. */
  literal: string;
  /** Per column, the expression that reads it from `f` (the row's fields). */
  decoders: string[];
}

/** Rows of [name, value] pairs; a name missing from a row is an absent value. */
export function packRows(rows: readonly (readonly (readonly [string, PackedValue])[])[]): PackedRows {
  const columns: string[] = [];
  const position = new Map<string, number>();
  for (const row of rows) {
    for (const [name] of row) {
      if (!position.has(name)) {
        position.set(name, columns.length);
        columns.push(name);
      }
    }
  }
  const kinds: ColumnKinds[] = columns.map(() => ({ tags: new Set<Tag>(), absent: false, escaped: false }));
  const lines = rows.map((row) => {
    const values: (PackedValue | undefined)[] = columns.map(() => undefined);
    for (const [name, value] of row) values[position.get(name) as number] = value;
    return values
      .map((value, index) => {
        const column = kinds[index] as ColumnKinds;
        if (value === undefined) column.absent = true;
        else {
          column.tags.add(tagOf(value));
          if (typeof value === 'string' && HAS_SEPARATOR_OR_ESCAPE.test(value)) column.escaped = true;
        }
        return encodeValue(value);
      })
      .join(FIELD);
  });
  return { columns, literal: cypherString(lines.join(ROW)), decoders: kinds.map((column, index) => decoder(index, column)) };
}

/** The separators as Cypher literals, for the statement that unpacks the rows. */
export const PACKED_ROW_SEPARATOR = cypherString(ROW);
export const PACKED_FIELD_SEPARATOR = cypherString(FIELD);
