// Records of one table to typed rows: the header check and the per-cell typing shared by the CSV and
// JSON readers. Rows with bad cells are kept (without those cells) so their ids still resolve and one
// mistake does not show up again as "unknown id" in every file that refers to the row.
import { DATASET_TABLES, type DatasetTable } from '../domain/dataset';
import type { ImportError } from '../domain/import-error';
import { CellProblem } from './cells';
import { TABLE_COLUMNS, type ColumnSpec, type RowOf } from './tables';

export interface ParsedTable<Row> {
  /** The file errors about this table are reported in. */
  readonly file: string;
  /** Partial while there are errors; every required field is present once the dataset has none. */
  readonly rows: Partial<Row>[];
  /** The line of each row, for errors found later (duplicates, references). */
  readonly lines: number[];
  /** False when records were lost (unreadable file, broken CSV, missing column): references into it are then not checked. */
  complete: boolean;
  /**
   * Where row `index`'s value of `column` stands, when that is not the row's line under the column's name:
   * in a graph document a row is made of a node and its relationships, each cell with its own line and field path.
   */
  locate?: (index: number, column: string) => CellPlace;
}

/** Where a cell stands in its file, for an error about it: the line, and the column name or field path. */
export interface CellPlace {
  line: number;
  column: string;
}

/** The place an error about row `index`'s `column` names. */
export const placeOf = (table: ParsedTable<unknown>, index: number, column: string): CellPlace =>
  table.locate?.(index, column) ?? { line: table.lines[index] ?? 0, column };

export type ParsedTables = { [T in DatasetTable]: ParsedTable<RowOf<T>> };

export function emptyTables(fileOf: (table: DatasetTable) => string): ParsedTables {
  const entries = DATASET_TABLES.map((table) => [table, { file: fileOf(table), rows: [], lines: [], complete: true }]);
  return Object.fromEntries(entries) as ParsedTables;
}

export const columnNames = (table: DatasetTable): string[] => Object.keys(TABLE_COLUMNS[table]);

interface Binding {
  readonly name: string;
  readonly column: ColumnSpec<unknown>;
  /** Index of the column among the record's fields, or -1 when the header lacks it. */
  readonly position: number;
  /** Parsed values (or problems) of a reference column by cell text, for this import only. */
  readonly parsed: Map<string, unknown> | undefined;
}

export class RowReader<T extends DatasetTable> {
  private readonly bindings: Binding[];

  /** `fieldNames` are the record's columns in order: the CSV header, or every column for JSON rows. */
  constructor(
    table: T,
    private readonly target: ParsedTable<RowOf<T>>,
    fieldNames: readonly string[],
    private readonly errors: ImportError[],
  ) {
    const columns: Record<string, ColumnSpec<unknown>> = TABLE_COLUMNS[table];
    this.bindings = Object.entries(columns).map(([name, column]) => ({
      name,
      column,
      position: fieldNames.indexOf(name),
      parsed: column.repeats === true ? new Map() : undefined,
    }));
  }

  /** Types one record; a field that is undefined was already reported by the caller and is skipped. */
  read(fields: ReadonlyArray<string | undefined>, line: number): void {
    const index = this.target.rows.length;
    const row: Record<string, unknown> = {};
    for (const { name, column, position, parsed } of this.bindings) {
      const cell = position < 0 ? '' : fields[position];
      if (cell === undefined) continue;
      const raw = cell.trim();
      if (raw === '') {
        if (column.whenEmpty !== undefined) row[name] = column.whenEmpty;
        // A column missing from the header was reported once; repeating it per row would only bury it.
        else if (column.required && position >= 0) this.report(index, line, name, 'required value is missing');
        continue;
      }
      let value = parsed?.get(raw);
      if (value === undefined) {
        value = column.parse(raw);
        parsed?.set(raw, value);
      }
      if (value instanceof CellProblem) this.report(index, line, name, value.message);
      else row[name] = value;
    }
    this.target.rows.push(row as Partial<RowOf<T>>);
    this.target.lines.push(line);
  }

  private report(index: number, line: number, column: string, message: string): void {
    const place = this.target.locate?.(index, column) ?? { line, column };
    this.errors.push({ file: this.target.file, ...place, message });
  }
}

/** Checks a CSV header (line 1); marks the table incomplete when a required column is missing. */
export function checkHeader(
  table: DatasetTable,
  target: ParsedTable<unknown>,
  header: readonly string[],
  errors: ImportError[],
): void {
  const expected = columnNames(table);
  const report = (column: string, message: string): void => {
    errors.push({ file: target.file, line: 1, column, message });
  };
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') report('', `empty column name in the header (column ${index + 1})`);
    else if (!expected.includes(name)) report(name, `unknown column (expected: ${expected.join(', ')})`);
    else if (seen.has(name)) report(name, 'column appears more than once in the header');
    seen.add(name);
  });
  for (const [name, column] of Object.entries(TABLE_COLUMNS[table])) {
    if (column.required && !seen.has(name)) {
      report(name, 'required column is missing');
      target.complete = false;
    }
  }
}
