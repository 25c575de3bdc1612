// The coverage table as CSV text (RFC 4180, comma-separated, CRLF), safe to open in a spreadsheet.

/** A leading =, +, -, @, tab or carriage return makes a spreadsheet read the cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a cell that could start a formula gets a leading single quote, so it stays text;
 * then quoted where it holds a comma, quote or line break.
 * @example csvCell('=HYPERLINK("x")') // → "'=HYPERLINK(""x"")"
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later it is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
