// An RFC 4180 reader that remembers the physical line each record starts on, so every later error can
// point the user at the right line even after a quoted field that spans several lines.

/** Receives each record with the 1-based physical line it starts on; the header is line 1. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const UNTERMINATED = 'not valid CSV: a quoted field is never closed (a quote opened on this line has no closing quote)';
const QUOTE_IN_UNQUOTED =
  'not valid CSV: a quote inside an unquoted field (put the whole field in quotes and double each quote inside it)';
const TEXT_AFTER_QUOTE = 'not valid CSV: text after a closing quote (inside a quoted field, write each quote twice)';

const isSpaceOrTab = (c: number): boolean => c === SPACE || c === TAB;

class CsvScanner {
  position = 0;
  line = 1;
  readonly errors: CsvSyntaxError[] = [];
  /** Position of the next quote at or after `position` (the text's length when there is none). */
  private nextQuote = -1;

  constructor(private readonly text: string) {}

  /** The next record, or undefined when it is broken (reported; the scanner is then past its line). */
  record(): string[] | undefined {
    const { text, position } = this;
    if (this.nextQuote < position) {
      const quote = text.indexOf('"', position);
      this.nextQuote = quote < 0 ? text.length : quote;
    }
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd < 0) lineEnd = text.length;
    return this.nextQuote < lineEnd ? this.quotedRecord() : this.plainRecord(lineEnd);
  }

  /** The common case, a line without quotes: split with the engine's native search. */
  private plainRecord(lineEnd: number): string[] {
    const { text } = this;
    const end = lineEnd > this.position && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    const fields: string[] = [];
    let start = this.position;
    for (let comma = text.indexOf(',', start); comma >= 0 && comma < end; comma = text.indexOf(',', start)) {
      fields.push(text.slice(start, comma));
      start = comma + 1;
    }
    fields.push(text.slice(start, end));
    this.position = lineEnd + 1;
    this.line++;
    return fields;
  }

  /** A record with quotes, read character by character; its quoted fields may span lines. */
  private quotedRecord(): string[] | undefined {
    const { text } = this;
    const length = text.length;
    const fields: string[] = [];
    for (;;) {
      const start = this.position;
      let c = -1;
      while (this.position < length) {
        c = text.charCodeAt(this.position);
        if (c === COMMA || c === LF || c === QUOTE) break;
        this.position++;
      }
      if (this.position < length && c === QUOTE) {
        for (let i = start; i < this.position; i++) {
          // Spaces before the opening quote are tolerated: the cell is trimmed anyway.
          if (!isSpaceOrTab(text.charCodeAt(i))) return this.broken(QUOTE_IN_UNQUOTED);
        }
        const value = this.quotedField();
        if (value === undefined) return undefined;
        while (this.position < length && isSpaceOrTab((c = text.charCodeAt(this.position)))) this.position++;
        c = this.position < length ? text.charCodeAt(this.position) : -1;
        if (c === CR && text.charCodeAt(this.position + 1) === LF) c = text.charCodeAt(++this.position);
        if (c !== COMMA && c !== LF && c !== -1) return this.broken(TEXT_AFTER_QUOTE);
        fields.push(value);
      } else {
        const crlf = c === LF && this.position > start && text.charCodeAt(this.position - 1) === CR;
        fields.push(text.slice(start, crlf ? this.position - 1 : this.position));
      }
      if (this.position >= length) return fields;
      this.position++;
      if (c === LF) {
        this.line++;
        return fields;
      }
    }
  }

  /** The value of the quoted field whose opening quote is at `position`; undefined when it never closes. */
  private quotedField(): string | undefined {
    const { text } = this;
    const openLine = this.line;
    let value = '';
    let chunk = this.position + 1;
    for (;;) {
      const close = text.indexOf('"', chunk);
      if (close < 0) {
        this.errors.push({ line: openLine, message: UNTERMINATED });
        this.position = text.length;
        return undefined;
      }
      for (let i = text.indexOf('\n', chunk); i >= 0 && i < close; i = text.indexOf('\n', i + 1)) this.line++;
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += text.slice(chunk, close + 1);
        chunk = close + 2;
      } else {
        this.position = close + 1;
        return value + text.slice(chunk, close);
      }
    }
  }

  private broken(message: string): undefined {
    this.errors.push({ line: this.line, message });
    const lineEnd = this.text.indexOf('\n', this.position);
    this.position = lineEnd < 0 ? this.text.length : lineEnd + 1;
    this.line++;
    return undefined;
  }
}

/**
 * Hands every record to `onRecord` as it is read, so a million-row file is never held as records, and
 * returns the syntax errors. A broken record is left out and reading resumes on the next line.
 */
export function parseCsv(text: string, onRecord: CsvRecordHandler): CsvSyntaxError[] {
  const scanner = new CsvScanner(text);
  // Editors often leave blank lines after the last row: a blank line is passed on only once a record follows it.
  let blankLines: { value: string; line: number }[] = [];
  while (scanner.position < text.length) {
    const line = scanner.line;
    const fields = scanner.record();
    if (fields === undefined) continue;
    const only = fields.length === 1 ? (fields[0] ?? '') : undefined;
    if (only !== undefined && only.trim() === '') blankLines.push({ value: only, line });
    else {
      for (const blank of blankLines) onRecord([blank.value], blank.line);
      blankLines = [];
      onRecord(fields, line);
    }
  }
  return scanner.errors;
}
