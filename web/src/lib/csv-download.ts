// A table as CSV text (RFC 4180, comma-separated, CRLF), safe to open in a spreadsheet: cells
// go through the same formula-neutralising csvCell as the server's CSV export.
import { csvCell } from '@knooppunt/server/domain/csv-cell';
import { downloadBlob } from './download';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | undefined;
}

/**
 * The header row and one row per item. Starts with a byte order mark: Excel only reads a CSV as
 * UTF-8 (municipality and network names carry accents) when it has one.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hand text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
