// Values written into a Cypher script as literals: strings, integers and floats, booleans, maps, names.

const STRING_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A single-quoted Cypher string. Line breaks and other control characters become escapes, so a literal
 * never spans lines and a line ending in `;` always ends a statement; the rest of Unicode stays as it is.
 * @example cypherString("'t Kroontje\\n") // → "'\\'t Kroontje\\\\n'"
 */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a Cypher string literal must escape
  const escaped = text.replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (character) => STRING_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

/**
 * Whole numbers as integer literals, the rest as floats, as the Neo4j store writes them (2024 stays an
 * integer, 12.5 a float). Cypher's exponent has no plus sign: JavaScript's 1.5e+21 is written 1.5e21.
 */
export function cypherNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`knooppunt export: ${value} has no Cypher literal`);
  return String(value).replace('e+', 'e');
}

export function cypherValue(value: string | number | boolean): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  return value ? 'true' : 'false';
}

/** A label, relationship type or map key: as it is when it is a plain identifier, else in backticks. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

export function cypherMap(entries: readonly [string, string | number | boolean][]): string {
  return `{${entries.map(([name, value]) => `${cypherName(name)}: ${cypherValue(value)}`).join(', ')}}`;
}
