import { describe, expect, it } from 'vitest';
import { testHooksRequested } from './test-hooks';

describe('testHooksRequested', () => {
  it('is asked for by ?testhooks=1 or by the harness flag', () => {
    expect(testHooksRequested('?zone=zone%3Anoord&testhooks=1', undefined)).toBe(true);
    expect(testHooksRequested('', true)).toBe(true);
  });

  it('stays off for an ordinary page, another value, or a flag that is not exactly true', () => {
    expect(testHooksRequested('?zone=zone%3Anoord', undefined)).toBe(false);
    expect(testHooksRequested('?testhooks=0', undefined)).toBe(false);
    expect(testHooksRequested('?testhooks=1x', 'true')).toBe(false);
  });
});
