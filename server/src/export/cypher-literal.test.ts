import { describe, expect, it } from 'vitest';
import { cypherMap, cypherName, cypherNumber, cypherString } from './cypher-literal';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes, line breaks and control characters, and keeps other Unicode', () => {
    expect(cypherString("'t Kroontje")).toBe("'\\'t Kroontje'");
    expect(cypherString('a\\b')).toBe("'a\\\\b'");
    expect(cypherString('een\ntwee\r\tdrie')).toBe("'een\\ntwee\\r\\tdrie'");
    expect(cypherString('\u0000\u001f\u007f\u2028')).toBe("'\\u0000\\u001f\\u007f\\u2028'");
    expect(cypherString('Sint-Émile 😀 "x"')).toBe('\'Sint-Émile 😀 "x"\'');
  });

  it('writes whole numbers as integers and the rest as floats Cypher can read', () => {
    expect(cypherNumber(2024)).toBe('2024');
    expect(cypherNumber(-3)).toBe('-3');
    expect(cypherNumber(1250.5)).toBe('1250.5');
    expect(cypherNumber(1e-7)).toBe('1e-7');
    expect(cypherNumber(1.5e21)).toBe('1.5e21');
    expect(() => cypherNumber(Number.NaN)).toThrow('NaN has no Cypher literal');
    expect(() => cypherNumber(Number.POSITIVE_INFINITY)).toThrow('Infinity has no Cypher literal');
  });

  it('quotes names that are not plain identifiers', () => {
    expect(cypherName('MEMBER_OF')).toBe('MEMBER_OF');
    expect(cypherName('children0to3')).toBe('children0to3');
    expect(cypherName('odd name')).toBe('`odd name`');
    expect(cypherName('a`b')).toBe('`a``b`');
    expect(cypherName('3d')).toBe('`3d`');
  });

  it('writes maps of those values', () => {
    expect(cypherMap([['id', 'nis:1'], ['population', 10], ['governanceModel', false], ['odd key', 0.5]])).toBe("{id: 'nis:1', population: 10, governanceModel: false, `odd key`: 0.5}");
  });
});
