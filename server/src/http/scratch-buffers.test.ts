import { describe, expect, it } from 'vitest';
import { ScratchBuffers } from './scratch-buffers';

describe('ScratchBuffers', () => {
  it('hands out buffers of exactly the size asked for, reusing given-back memory, the smallest that fits', () => {
    const scratch = new ScratchBuffers();
    const small = scratch.take(600_000);
    const large = scratch.take(3_000_000);
    expect([small.byteLength, large.byteLength]).toEqual([600_000, 3_000_000]);
    expect(small.buffer).not.toBe(large.buffer);
    scratch.give(large);
    scratch.give(small);
    expect(scratch.freeCount).toBe(2);
    // 700 kB fits both: the one-MiB buffer is taken, the larger one stays free.
    const again = scratch.take(700_000);
    expect(again.byteLength).toBe(700_000);
    expect(again.buffer).toBe(small.buffer);
    expect(scratch.take(2_000_000).buffer).toBe(large.buffer);
    expect(scratch.freeCount).toBe(0);
    expect(scratch.take(10).buffer).not.toBe(small.buffer);
  });

  it('keeps no more free buffers than its bound', () => {
    const scratch = new ScratchBuffers(2);
    for (const buffer of [scratch.take(1), scratch.take(1), scratch.take(1)]) scratch.give(buffer);
    expect(scratch.freeCount).toBe(2);
  });
});
