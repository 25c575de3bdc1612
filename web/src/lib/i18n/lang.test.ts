import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount } from './lang';

describe('formatCount', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes counts in each language’s digits', () => {
    expect(formatCount('nl', 1240)).toBe('1.240');
    expect(formatCount('en', 1240)).toBe('1,240');
  });

  it('makes one formatter per language, however many counts it writes', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 100; i++) formatCount('nl', i);
    // Made already by the test above (or once now): never once per count.
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
