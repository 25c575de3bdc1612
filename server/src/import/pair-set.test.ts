import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairSet } from './pair-set';

describe('PairSet', () => {
  it('finds a pair again exactly when it was added before, with what was stored first', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 200 }), (pairs) => {
        const set = new PairSet(pairs.length);
        const firstIndex = new Map<string, number>();
        pairs.forEach(([left, right], index) => {
          const key = `${left},${right}`;
          expect(set.addOrGet(left, right, index)).toBe(firstIndex.get(key) ?? -1);
          if (!firstIndex.has(key)) firstIndex.set(key, index);
        });
      }),
    );
  });
});
