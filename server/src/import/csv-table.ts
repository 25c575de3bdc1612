// One CSV file of the dataset into its table: decode, split into records, check the header, type the rows.
import type { DatasetTable } from '../domain/dataset';
import type { ImportError } from '../domain/import-error';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { checkHeader, RowReader, type ParsedTables } from './rows';

export function readCsvTable<T extends DatasetTable>(
  table: T,
  bytes: Uint8Array,
  tables: ParsedTables,
  errors: ImportError[],
): void {
  const target = tables[table];
  const report = (line: number, message: string): void => {
    errors.push({ file: target.file, line, column: '', message });
  };
  const text = decodeText(target.file, bytes, 'CSV', errors);
  if (text === undefined) {
    target.complete = false;
    return;
  }
  let reader: RowReader<T> | undefined;
  let columnCount = 0;
  const syntaxErrors = parseCsv(text, (fields, line) => {
    if (reader === undefined) {
      const columns = fields.map((name) => name.trim());
      checkHeader(table, target, columns, errors);
      reader = new RowReader(table, target, columns, errors);
      columnCount = columns.length;
    } else if (fields.length === columnCount) reader.read(fields, line);
    else {
      report(line, `expected ${columnCount} fields as in the header, found ${fields.length}`);
      target.complete = false;
    }
  });
  for (const { line, message } of syntaxErrors) report(line, message);
  if (syntaxErrors.length > 0) target.complete = false;
  if (reader === undefined) {
    if (syntaxErrors.length === 0) report(1, 'empty file (expected a header row)');
    target.complete = false;
  }
}
