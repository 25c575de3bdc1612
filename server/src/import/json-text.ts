// JSON text to a value with the native parser (fast on large documents); only when that fails does
// jsonc-parser read it again to say where and why.
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ImportError } from '../domain/import-error';

/** 1-based line of the character at `offset`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Deepest nesting of arrays and objects the import reads. The dataset document needs 4 levels (a graph
 * document a few more); jsonc-parser, which says where broken JSON breaks, recurses once per level and
 * overflows the stack at some thousands.
 */
export const MAX_JSON_DEPTH = 64;

/** Offset of the bracket that opens level `maxDepth + 1`, or -1; strings are skipped, the rest need not be JSON. */
export function tooDeepAt(text: string, maxDepth: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

export const tooDeepMessage = `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (a dataset needs a handful)`;

/** `CloseBraceExpected` → `close brace expected`. */
const describeParseError = (error: ParseError): string =>
  printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The parsed value, or undefined after pushing why the text is not JSON. */
export function parseJsonText(text: string, file: string, errors: ImportError[]): { value: unknown } | undefined {
  if (text.startsWith('\uFEFF')) {
    const message = 'the file starts with a byte order mark (BOM): save it as UTF-8 without BOM';
    errors.push({ file, line: 1, column: '', message });
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (nativeError) {
    const deep = tooDeepAt(text);
    if (deep >= 0) {
      errors.push({ file, line: lineAt(text, deep), column: '', message: `not valid JSON: ${tooDeepMessage}` });
      return undefined;
    }
    const problems: ParseError[] = [];
    parseLenient(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // Later problems mostly follow from the first one, so only the first is worth reading.
    const first = problems[0];
    const reason = first === undefined ? String((nativeError as Error).message) : describeParseError(first);
    const line = first === undefined ? 1 : lineAt(text, first.offset);
    errors.push({ file, line, column: '', message: `not valid JSON: ${reason}` });
    return undefined;
  }
}
