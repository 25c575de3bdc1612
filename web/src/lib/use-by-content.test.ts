import { describe, expect, it } from 'vitest';
import { sameItems } from './use-by-content';

describe('sameItems', () => {
  it('compares items in order by identity', () => {
    const node = { id: 'a' };
    expect(sameItems([node, 'b'], [node, 'b'])).toBe(true);
    expect(sameItems([{ id: 'a' }], [{ id: 'a' }])).toBe(false);
    expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameItems(['a'], ['a', 'b'])).toBe(false);
    expect(sameItems([], [])).toBe(true);
  });

  it('compares by the given equality when there is one', () => {
    const byFinding = (x: { finding: string }, y: { finding: string }) => x.finding === y.finding;
    expect(sameItems([{ finding: 'f1' }], [{ finding: 'f1' }], byFinding)).toBe(true);
    expect(sameItems([{ finding: 'f1' }], [{ finding: 'f2' }], byFinding)).toBe(false);
  });
});
