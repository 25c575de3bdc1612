import { describe, expect, it } from 'vitest';
import { CellProblem, parseAmount, parseCount, parseIsoDate, parseMemberId, parseYear } from './cells';

const problem = (value: unknown): string | undefined => (value instanceof CellProblem ? value.message : undefined);

describe('cell parsers', () => {
  it('reads counts as whole non-negative numbers', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('12')).toBe(12);
    expect(parseCount('1e3')).toBe(1000);
    expect(problem(parseCount('0x10'))).toBe('not a number "0x10"');
    expect(problem(parseCount('99999999999999999999'))).toBe('number too large "99999999999999999999"');
  });

  it('reads amounts with cents', () => {
    expect(parseAmount('12500.50')).toBe(12500.5);
    expect(parseAmount('.5')).toBe(0.5);
    expect(problem(parseAmount('1.000,50'))).toBe('not a number "1.000,50"');
  });

  it('keeps years in range, bounds included', () => {
    expect(parseYear('1900')).toBe(1900);
    expect(parseYear('2100')).toBe(2100);
    expect(problem(parseYear('2101'))).toBe('year 2101 out of range (expected 1900 to 2100)');
  });

  it('accepts only dates that exist', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01']) {
      expect(problem(parseIsoDate(bad))).toBe(`not a valid date "${bad}" (expected an existing date as YYYY-MM-DD)`);
    }
  });

  it('accepts member ids of both kinds only', () => {
    expect(parseMemberId('org:kdv.regenboog_1')).toBe('org:kdv.regenboog_1');
    expect(parseMemberId('nis:11002')).toBe('nis:11002');
    for (const bad of ['net:lok-a', 'org:']) {
      expect(problem(parseMemberId(bad))).toBe(`malformed member id "${bad}" (expected org:<organisation id> or nis:<5 digits>)`);
    }
  });
});
