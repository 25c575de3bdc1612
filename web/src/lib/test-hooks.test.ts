import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
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

describe('reportReady', () => {
  it('notes when the view was ready, and when the frame after it was drawn', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('window', {});
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { exposeCytoscape, installTestHooks, reportReady } = await import('./test-hooks');
      installTestHooks();
      exposeCytoscape({} as Core);
      reportReady(performance.now() - 5);
      const handle = (window as Window).__knooppunt;
      expect(handle?.readyAt).toBeGreaterThan(0);
      expect(handle?.layoutMs).toBeGreaterThanOrEqual(5);
      // Not before the frame has run, and not in it either: only once it is done.
      expect(handle?.paintedAt).toBeUndefined();
      expect(frames).toHaveLength(1);
      frames[0]?.(performance.now());
      expect(handle?.paintedAt).toBeUndefined();
      vi.advanceTimersByTime(1);
      expect(handle?.paintedAt).toBeGreaterThanOrEqual(handle?.readyAt ?? Number.POSITIVE_INFINITY);
      // A new layout starts the wait again.
      reportReady(performance.now());
      expect(handle?.paintedAt).toBeUndefined();
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
