import { describe, expect, it } from 'vitest';
import { packRows } from './packed-rows';

/** The literal's text between its quotes, with Cypher's \uXXXX escapes turned back into characters. */
const unquoted = (literal: string) => literal.slice(1, -1).replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('packRows', () => {
  it('tags every value by its kind and leaves an absent value empty', () => {
    const packed = packRows([
      [['id', 'a'], ['count', 3], ['share', 0.5], ['open', true]],
      [['id', 'b'], ['open', false]],
    ]);
    expect(packed.columns).toEqual(['id', 'count', 'share', 'open']);
    expect(unquoted(packed.literal).split('\u001e').map((row) => row.split('\u001f'))).toEqual([
      ['sa', 'i3', 'f0.5', 't'],
      ['sb', '', '', 'u'],
    ]);
  });

  it('reads a column with the simplest expression its values allow, and gives null for an absent value', () => {
    const { decoders } = packRows([
      [['id', 'a'], ['count', 3], ['amount', 2], ['flag', true]],
      [['id', 'b'], ['amount', 12.5], ['flag', false]],
    ]);
    expect(decoders[0]).toBe('substring(f[0], 1)');
    // Absent in the second row: only the CASE gives null for the empty field (SET then writes nothing).
    expect(decoders[1]).toBe("CASE left(f[1], 1) WHEN 'i' THEN toInteger(substring(f[1], 1)) END");
    // Whole and fractional numbers in one column keep their own kinds, as a Cypher literal would.
    expect(decoders[2]).toBe("CASE left(f[2], 1) WHEN 'f' THEN toFloat(substring(f[2], 1)) WHEN 'i' THEN toInteger(substring(f[2], 1)) END");
    expect(decoders[3]).toBe("CASE left(f[3], 1) WHEN 't' THEN true WHEN 'u' THEN false END");
  });

  it('escapes the separators and its own escape inside strings, and unescapes them only where needed', () => {
    const { literal, decoders } = packRows([[['id', 'x'], ['name', 'a\u001eb\u001fc\u001bd']]]);
    expect(unquoted(literal)).toBe('sx\u001fsa\u001brb\u001buc\u001bed');
    expect(decoders[0]).toBe('substring(f[0], 1)');
    expect(decoders[1]).toContain("replace(replace(replace(substring(f[1], 1), '\\u001br', '\\u001e'), '\\u001bu', '\\u001f'), '\\u001be', '\\u001b')");
  });

  it('writes large and tiny numbers so that Cypher reads the same kind and value back', () => {
    const { literal } = packRows([[['big', 1e21], ['tiny', 5e-324], ['whole', -9007199254740991]]]);
    expect(unquoted(literal).split('\u001f')).toEqual(['f1e+21', 'f5e-324', 'i-9007199254740991']);
    expect(() => packRows([[['bad', Number.NaN]]])).toThrow(/NaN cannot be written/);
  });
});
