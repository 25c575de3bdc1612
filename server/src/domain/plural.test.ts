import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one in Dutch, the plural for zero, several and fractions', () => {
    expect([0, 1, 2, 21, 1.5].map((count) => plural('nl', count, 'gemeente', 'gemeenten'))).toEqual([
      '0 gemeenten',
      '1 gemeente',
      '2 gemeenten',
      '21 gemeenten',
      '1.5 gemeenten',
    ]);
  });

  it('does the same in English', () => {
    expect([0, 1, 2, 101].map((count) => plural('en', count, 'municipality', 'municipalities'))).toEqual([
      '0 municipalities',
      '1 municipality',
      '2 municipalities',
      '101 municipalities',
    ]);
  });

  it('gives the word alone for messages that place the count themselves', () => {
    expect(`3 andere ${pluralWord('nl', 3, 'zone', 'zones')}`).toBe('3 andere zones');
    expect(`1 missing ${pluralWord('en', 1, 'sector', 'sectors')}`).toBe('1 missing sector');
  });
});
