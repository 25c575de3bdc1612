import { describe, expect, it } from 'vitest';
import { GenerationMemo, type OnGeneration } from './generation-memo';

/** A computation that counts its calls and reads the generation it is told to. */
function counted<T>(value: T, readGeneration: string | null) {
  const calls = { count: 0 };
  const compute = async (): Promise<OnGeneration<T>> => {
    calls.count += 1;
    return { generation: readGeneration, value };
  };
  return { calls, compute };
}

describe('GenerationMemo', () => {
  it('computes once per generation and key, sharing an answer still being computed', async () => {
    const memo = new GenerationMemo<string>(4);
    const { calls, compute } = counted('a', 'g1');
    const [first, second] = await Promise.all([memo.get('g1', 'k', compute), memo.get('g1', 'k', compute)]);
    expect(await memo.get('g1', 'k', compute)).toBe('a');
    expect([first, second, calls.count]).toStrictEqual(['a', 'a', 1]);
    await memo.get('g1', 'other key', compute);
    expect(calls.count).toBe(2);
  });

  it('computes again once another generation is published', async () => {
    const memo = new GenerationMemo<string>(4);
    await memo.get('g1', 'k', counted('old', 'g1').compute);
    const fresh = counted('new', 'g2');
    expect(await memo.get('g2', 'k', fresh.compute)).toBe('new');
    expect(await memo.get('g2', 'k', fresh.compute)).toBe('new');
    expect(fresh.calls.count).toBe(1);
  });

  it('keeps nothing that read another generation than asked for, nor for an empty database, nor a failure', async () => {
    const memo = new GenerationMemo<string>(4);
    const moved = counted('read on g2', 'g2');
    await memo.get('g1', 'k', moved.compute);
    await memo.get('g1', 'k', moved.compute);
    expect(moved.calls.count).toBe(2);
    const empty = counted('nothing', null);
    await memo.get(null, 'k', empty.compute);
    await memo.get(null, 'k', empty.compute);
    expect(empty.calls.count).toBe(2);
    let failures = 0;
    const failing = async (): Promise<OnGeneration<string>> => {
      failures += 1;
      throw new Error(`down ${failures}`);
    };
    await expect(memo.get('g1', 'f', failing)).rejects.toThrow('down 1');
    await expect(memo.get('g1', 'f', failing)).rejects.toThrow('down 2');
  });

  it('lets the least recently asked-for key go first when full', async () => {
    const memo = new GenerationMemo<string>(2);
    const { calls, compute } = counted('x', 'g1');
    await memo.get('g1', 'a', compute);
    await memo.get('g1', 'b', compute);
    await memo.get('g1', 'a', compute); // a is now the most recent
    await memo.get('g1', 'c', compute); // b leaves
    expect(calls.count).toBe(3);
    await memo.get('g1', 'a', compute);
    expect(calls.count).toBe(3);
    await memo.get('g1', 'b', compute);
    expect(calls.count).toBe(4);
  });

  it('keeps nothing when asked to keep no entries', async () => {
    const memo = new GenerationMemo<string>(0);
    const { calls, compute } = counted('x', 'g1');
    await memo.get('g1', 'a', compute);
    await memo.get('g1', 'a', compute);
    expect(calls.count).toBe(2);
  });
});
