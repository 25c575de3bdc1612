// Where the parts of a JSON dataset document start, for error lines: JSON.parse gives the values but no
// positions, and a full syntax tree of a two-million-row document would not fit in memory comfortably.
import { MAX_JSON_DEPTH } from './json-text';

export interface JsonPropertyOutline {
  /** Line where the property's value starts. */
  readonly line: number;
  /** When the value is an array: the line where each element starts. */
  readonly elementLines: number[];
}

export interface JsonOutline {
  readonly rootLine: number;
  /** The top-level properties; for a repeated key the last one, as JSON.parse keeps the last value. */
  readonly properties: Map<string, JsonPropertyOutline>;
  readonly repeated: { key: string; line: number; firstLine: number }[];
  /** The line of the first value nested deeper than MAX_JSON_DEPTH, when there is one. */
  readonly tooDeepLine?: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;

/** A scanner over text that JSON.parse has already accepted, so it only tracks positions and lines. */
class Scanner {
  position = 0;
  line = 1;
  tooDeepLine: number | undefined;

  constructor(private readonly text: string) {}

  peek(): string {
    return this.text.charAt(this.position);
  }

  skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.position);
      if (c === LF) this.line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      this.position++;
    }
  }

  /** Moves past the string whose opening quote is at `position`; true when it holds an escape. */
  skipString(): boolean {
    let escaped = false;
    this.position++;
    for (;;) {
      const c = this.text.charCodeAt(this.position++);
      if (c === QUOTE) return escaped;
      if (c === BACKSLASH) {
        escaped = true;
        this.position++;
      }
    }
  }

  /** Reads the string whose opening quote is at `position` and returns its value. */
  readString(): string {
    const start = this.position;
    const escaped = this.skipString();
    const raw = this.text.slice(start + 1, this.position - 1);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  skipValue(): void {
    const first = this.peek();
    if (first === '"') {
      this.skipString();
      return;
    }
    if (first !== '{' && first !== '[') {
      while (this.position < this.text.length && !',}] \t\r\n'.includes(this.peek())) this.position++;
      return;
    }
    let depth = 0;
    do {
      const c = this.peek();
      if (c === '"') {
        this.skipString();
        continue;
      }
      if (c === '{' || c === '[') {
        // Inside the root object and a top-level property: two levels are already open.
        if (++depth + 2 > MAX_JSON_DEPTH) this.tooDeepLine ??= this.line;
      } else if (c === '}' || c === ']') depth--;
      else if (c === '\n') this.line++;
      this.position++;
    } while (depth > 0);
  }
}

export function outlineJson(text: string): JsonOutline {
  const scanner = new Scanner(text);
  const properties = new Map<string, JsonPropertyOutline & { keyLine: number }>();
  const repeated: JsonOutline['repeated'] = [];
  scanner.skipSpace();
  const rootLine = scanner.line;
  if (scanner.peek() !== '{') return { rootLine, properties, repeated };
  scanner.position++;
  for (;;) {
    scanner.skipSpace();
    if (scanner.peek() === '}') break;
    const keyLine = scanner.line;
    const key = scanner.readString();
    scanner.skipSpace();
    scanner.position++;
    scanner.skipSpace();
    const line = scanner.line;
    const elementLines: number[] = [];
    if (scanner.peek() === '[') {
      scanner.position++;
      for (;;) {
        scanner.skipSpace();
        if (scanner.peek() === ']') break;
        elementLines.push(scanner.line);
        scanner.skipValue();
        scanner.skipSpace();
        if (scanner.peek() === ',') scanner.position++;
      }
      scanner.position++;
    } else scanner.skipValue();
    const earlier = properties.get(key);
    if (earlier !== undefined) repeated.push({ key, line: keyLine, firstLine: earlier.keyLine });
    properties.set(key, { keyLine, line, elementLines });
    scanner.skipSpace();
    if (scanner.peek() === ',') scanner.position++;
  }
  return { rootLine, properties, repeated, ...(scanner.tooDeepLine === undefined ? {} : { tooDeepLine: scanner.tooDeepLine }) };
}
