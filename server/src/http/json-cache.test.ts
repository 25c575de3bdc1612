import { createServer, get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../store/graph-store';
import { randomBytes } from 'node:crypto';
import { withJsonBytes } from '../graph/subgraph-json';
import { cacheKey, contentTag, JsonCache, tagOfGzip } from './json-cache';

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

  it('tags an answer by its content: the same tag from the gzip trailer as from the plain bytes', async () => {
    const samples = [Buffer.alloc(0), Buffer.from('{}'), randomBytes(70_000), Buffer.from('x'.repeat(300_000))];
    for (const plain of samples) {
      for (const level of [1, 6]) expect(tagOfGzip(gzipSync(plain, { level }), plain.byteLength)).toBe(contentTag(plain));
    }
    expect(new Set(samples.map(contentTag)).size).toBe(samples.length);
    // Through the cache: a gzipped answer and a plain one carry one tag, and revalidating either gets a 304.
    const cache = new JsonCache(steadyStore, 1_000);
    const { app } = appWith(cache, 5_000);
    const gzipped = await app.request('/api/answer/a', { headers: { 'accept-encoding': 'gzip' } });
    const plain = await app.request('/api/answer/a');
    expect(gzipped.headers.get('etag')).toBe(contentTag(Buffer.from(await plain.clone().arrayBuffer())));
    expect(plain.headers.get('etag')).toBe(gzipped.headers.get('etag'));
    const revalidated = await app.request('/api/answer/a', { headers: { 'accept-encoding': 'gzip', 'if-none-match': gzipped.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect((await app.request('/api/answer/b', { headers: { 'if-none-match': gzipped.headers.get('etag')! } })).status).toBe(200);
  });

  it('writes answers it cannot keep into reused scratch space, never reused while a plain body is unsent', async () => {
    let encoded = 0;
    /** An app whose answers the store encodes itself (as the embedded store's subgraphs), into the buffer it is given. */
    const appOf = (cache: JsonCache, text: (id: string) => object) => {
      const app = new Hono();
      app.get('/api/text/:id', (c) =>
        cache.respond(c, async () => {
          const value = text(c.req.param('id'));
          return withJsonBytes(value, (allocate = Buffer.allocUnsafe) => {
            encoded += 1;
            const json = Buffer.from(JSON.stringify(value));
            const out = allocate(json.byteLength);
            json.copy(out);
            return out;
          });
        }),
      );
      return app;
    };
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    const bodies = async (app: Hono, ids: string[]) => Promise.all(ids.map(async (id) => Buffer.from(await (await app.request(`/api/text/${id}`, gzip)).arrayBuffer())));
    const words = (id: string) => ({ id, words: Array.from({ length: 3000 }, (_, index) => `${id}${index}`).join(' ') });
    // Concurrent and one after another, every gzipped body is its own answer.
    const app = appOf(new JsonCache(steadyStore, 0), words);
    for (const round of [['a', 'b', 'c'], ['d'], ['e', 'f']]) {
      const sent = await bodies(app, round);
      round.forEach((id, index) => expect(JSON.parse(gunzipSync(sent[index]!).toString())).toEqual(words(id)));
    }
    expect(encoded).toBe(6);

    // A plain body still being sent while later answers are written (over a real socket, where the body is
    // written without a copy, to a client that does not read) keeps its bytes. The later answers are larger
    // than what the sockets' buffers took of the first, so reusing its buffer would overwrite unsent bytes.
    const large = (id: string) => ({ id, padding: id.repeat(id === 'slow' ? 10_000_000 : 6_000_000) });
    const cache = new JsonCache(steadyStore, 0);
    const server = createServer(getRequestListener(appOf(cache, large).fetch));
    await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
    try {
      const { port } = server.address() as AddressInfo;
      const slow = await new Promise<IncomingMessage>((resolvePromise) => get({ port, host: '127.0.0.1', path: '/api/text/slow' }, resolvePromise));
      slow.pause();
      const later = await bodies(appOf(cache, large), ['late']);
      expect(JSON.parse(gunzipSync(later[0]!).toString())).toEqual(large('late'));
      const chunks: Buffer[] = [];
      for await (const chunk of slow) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(Buffer.from(JSON.stringify(large('slow'))))).toBe(true);
    } finally {
      server.close();
    }
  });
});
