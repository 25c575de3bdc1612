import { describe, expect, it } from 'vitest';
import { bareId, canonicalPair, labelOfId, relationshipId } from './ids';

describe('ids', () => {
  it('reads the label from the prefix', () => {
    expect(labelOfId('nis:11002')).toBe('Municipality');
    expect(labelOfId('org:kdv-regenboog')).toBe('Organisation');
    expect(labelOfId('11002')).toBeUndefined();
    expect(labelOfId('bogus:1')).toBeUndefined();
  });

  it('strips only the first prefix', () => {
    expect(bareId('offer:a:b')).toBe('a:b');
  });

  it('orders an adjacent pair the same whichever way it was written', () => {
    expect(canonicalPair('nis:2', 'nis:1')).toEqual(canonicalPair('nis:1', 'nis:2'));
    expect(relationshipId('FUNDS', 'nis:1', 'org:a', '2024:subsidie')).toBe('FUNDS:nis:1->org:a#2024:subsidie');
  });
});
