import { describe, expect, it } from 'vitest';
import type { ImportError } from '../domain/import-error';
import { decodeText, MAX_TEXT_BYTES } from './decode';

describe('decodeText', () => {
  it('refuses a file longer than a string can hold as too large, not as bad UTF-8', () => {
    const errors: ImportError[] = [];
    const newlines = new Uint8Array(100).fill(0x0a);
    expect(decodeText('zones.csv', newlines, 'CSV', errors, 50)).toBeUndefined();
    expect(errors).toEqual([{ file: 'zones.csv', line: 0, column: '', message: 'too large to read (100 bytes; a file can hold at most 50)' }]);
  });

  it('sets the default limit where V8 strings end, so every smaller file decodes', () => {
    expect(MAX_TEXT_BYTES).toBe(2 ** 29 - 24);
    expect(() => 'x'.repeat(MAX_TEXT_BYTES + 1)).toThrow(RangeError);
  });
});
