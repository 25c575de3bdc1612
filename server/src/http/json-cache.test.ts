import { gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../store/graph-store';
import { cacheKey, JsonCache } from './json-cache';

/** A store whose data never changes: only revision() matters to the cache. */
const steadyStore = { revision: () => 1 } as unknown as GraphStore;

/** An app whose one route answers `size` bytes of JSON and counts how often it computed. */
function appWith(cache: JsonCache, size: number, keyParameters: readonly string[] | 'all' = 'all') {
  let computed = 0;
  const app = new Hono();
  app.get('/api/answer/:id', (c) =>
    cache.respond(c, async () => {
      computed += 1;
      return { id: c.req.param('id'), padding: 'x'.repeat(size) };
    }, keyParameters),
  );
  return { app, computations: () => computed };
}

describe('cacheKey', () => {
  it('sorts the parameters and leaves out empty ones', () => {
    expect(cacheKey('/api/findings?rule=B&kind=gap&zone=')).toBe('/api/findings?kind=gap&rule=B');
    expect(cacheKey('/api/findings?kind=gap&rule=B')).toBe('/api/findings?kind=gap&rule=B');
  });

  it('keeps only the parameters a route reads', () => {
    expect(cacheKey('/api/nodes/x/neighbourhood?junk=1&limit=5', ['depth', 'limit'])).toBe('/api/nodes/x/neighbourhood?limit=5');
    expect(cacheKey('/api/zones/zone%3Aa/graph?junk=1', [])).toBe('/api/zones/zone%3Aa/graph');
  });
});

describe('JsonCache', () => {
  it('keeps one answer for every junk query string of a route that reads no parameters', async () => {
    const cache = new JsonCache(steadyStore);
    const { app, computations } = appWith(cache, 1000, []);
    for (let index = 0; index < 200; index += 1) expect((await app.request(`/api/answer/a?junk=${index}`)).status).toBe(200);
    expect(computations()).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('stays within its byte bound, dropping the least recently used answer first', async () => {
    const cache = new JsonCache(steadyStore, 100_000);
    const { app, computations } = appWith(cache, 20_000);
    await app.request('/api/answer/first');
    for (let index = 0; index < 50; index += 1) {
      await app.request(`/api/answer/n${index}`);
      await app.request('/api/answer/first');
      expect(cache.bytes).toBeLessThanOrEqual(100_000);
    }
    expect(cache.size).toBeGreaterThan(1);
    // "first" was used after every other answer, so it was never the one dropped.
    expect(computations()).toBe(51);
  });

  it('does not keep an answer larger than the whole bound', async () => {
    const cache = new JsonCache(steadyStore, 10_000);
    const { app, computations } = appWith(cache, 20_000);
    await app.request('/api/answer/big');
    await app.request('/api/answer/big');
    expect(computations()).toBe(2);
    expect(cache.bytes).toBe(0);
  });

  it('compresses a kept answer well, once, and an answer it cannot keep fast', async () => {
    // Text that compresses differently at level 1 and level 6, so the size tells which one was used.
    const body = (id: string) => JSON.stringify({ id, padding: Array.from({ length: 4000 }, (_, index) => `w${(index * 7919) % 1013}`).join(' ') });
    const asked = { headers: { 'accept-encoding': 'gzip' } };
    for (const [bound, level] of [[10_000_000, 6], [1_000, 1]] as const) {
      const cache = new JsonCache(steadyStore, bound);
      const app = new Hono();
      app.get('/api/text/:id', (c) => cache.respond(c, async () => JSON.parse(body(c.req.param('id'))) as unknown));
      const [first, second] = await Promise.all([app.request('/api/text/a', asked), app.request('/api/text/a', asked)]);
      const sent = [Buffer.from(await first!.arrayBuffer()), Buffer.from(await second!.arrayBuffer())];
      expect(first!.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(sent[0]!).toString()).toBe(body('a'));
      expect(sent[0]!.byteLength).toBe(gzipSync(body('a'), { level }).byteLength);
      expect(gzipSync(body('a'), { level: 1 }).byteLength).not.toBe(gzipSync(body('a'), { level: 6 }).byteLength);
      // Kept: both requests got the one compression's bytes.
      if (level === 6) expect(sent[1]!.equals(sent[0]!)).toBe(true);
    }
  });
});
