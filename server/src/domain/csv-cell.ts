// One CSV cell (RFC 4180), safe to open in a spreadsheet: shared by the server's CSV export and the web
// app's coverage download, so both neutralise formulas the same way.

/** A leading =, +, -, @, tab or carriage return makes Excel and LibreOffice read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that could start a formula gets a leading single quote, so a spreadsheet shows it as text
 * instead of running it (CSV injection).
 * @example neutraliseFormula('=HYPERLINK("http://x")') // → '\'=HYPERLINK("http://x")'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell: empty for a missing value; numbers and booleans as they are (a negative number stays a
 * number); text neutralised, then quoted where it holds a comma, quote or line break.
 * @example csvCell('say "hi", =1') // → '"say ""hi"", =1"'
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
