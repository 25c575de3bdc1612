import { describe, expect, it } from 'vitest';
import { assertStrongToken, tokenWeakness } from './token-strength';

describe('token strength', () => {
  it('refuses a short token, saying how long it is and must be', () => {
    expect(tokenWeakness('s3cret')).toBe('it has 6 characters (at least 16 are needed)');
    expect(() => assertStrongToken('s3cret')).toThrow('KNOOPPUNT_TOKEN is too weak: it has 6 characters (at least 16 are needed). Use a random one');
  });

  it('refuses a long token of few different characters', () => {
    expect(tokenWeakness('abababababababababab')).toBe('it has only 2 different characters (at least 8 are needed)');
  });

  it('accepts a random token', () => {
    expect(tokenWeakness('q8Zr1vN3xK0pLm7TbW2s')).toBeUndefined();
    expect(() => assertStrongToken('q8Zr1vN3xK0pLm7TbW2s')).not.toThrow();
  });
});
