// One table of the JSON document into its table: an array of objects keyed by the CSV column names.
import type { DatasetTable } from '../domain/dataset';
import type { ImportError } from '../domain/import-error';
import type { JsonPropertyOutline } from './json-outline';
import { columnNames, RowReader, type ParsedTables } from './rows';

export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readJsonTable<T extends DatasetTable>(
  table: T,
  value: unknown,
  place: JsonPropertyOutline,
  tables: ParsedTables,
  errors: ImportError[],
): void {
  const target = tables[table];
  const report = (line: number, column: string, message: string): void => {
    errors.push({ file: target.file, line, column, message });
  };
  if (!Array.isArray(value)) {
    report(place.line, table, 'expected an array of rows');
    target.complete = false;
    return;
  }
  const names = columnNames(table);
  const positions = new Map(names.map((name, position) => [name, position]));
  const reader = new RowReader(table, target, names, errors);
  const expected = names.join(', ');
  value.forEach((row: unknown, index) => {
    const line = place.elementLines[index] ?? place.line;
    if (!isJsonObject(row)) {
      report(line, `${table}[${index}]`, 'expected an object with one field per column');
      target.complete = false;
      return;
    }
    // Cells are text as in a CSV file, so both formats share one set of rules: `"12"` and `12` read alike.
    const fields: (string | undefined)[] = names.map(() => '');
    for (const [name, cell] of Object.entries(row)) {
      const position = positions.get(name);
      if (position === undefined) report(line, name, `unknown field (expected: ${expected})`);
      else if (cell === null) fields[position] = '';
      else if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') {
        fields[position] = String(cell);
      }
      else {
        report(line, name, 'expected a string, number, boolean or null');
        fields[position] = undefined;
      }
    }
    reader.read(fields, line);
  });
}
