// Serialised answers of read routes, kept until the store's data changes.
// A zone's graph is asked for far more often than the data changes, and serialising and compressing it
// is most of the cost of answering, so the cache holds finished bytes: plain and gzipped, with an ETag
// taken from the content so a browser's revalidation costs a 304 and no body.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { GraphStore } from '../store/graph-store';

const MAX_ENTRIES = 512;

export interface CachedAnswer {
  plain: Uint8Array<ArrayBuffer>;
  /** Made on the first request that accepts gzip (see gzipped), then kept with the answer. */
  gzip?: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Node's Buffers from `from(string)` and zlib sit on plain ArrayBuffers, never shared ones. */
const bytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => buffer as Uint8Array<ArrayBuffer>;

function prepare(value: unknown): CachedAnswer {
  const plain = Buffer.from(JSON.stringify(value));
  const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
  return { plain: bytes(plain), etag };
}

/** The gzipped body, compressed once: uncached answers (Neo4j) and plain-only clients never pay for it. */
export function gzipped(answer: CachedAnswer): Uint8Array<ArrayBuffer> {
  answer.gzip ??= bytes(gzipSync(answer.plain, { level: 6 }));
  return answer.gzip;
}

/** What a cached answer is sent with, by the routes and by the front that serves hits before routing. */
export function answerHeaders(answer: CachedAnswer, gzip: boolean): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    etag: answer.etag,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  };
}

export const acceptsGzip = (acceptEncoding: string | undefined): boolean => /\bgzip\b/.test(acceptEncoding ?? '');

/** The cache key: path and query exactly as requested, whichever host the request named. */
export function cacheKey(url: string): string {
  const parsed = new URL(url, 'http://knooppunt');
  return parsed.pathname + parsed.search;
}

export class JsonCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private revision = -1;
  private readonly store: GraphStore;

  constructor(store: GraphStore) {
    this.store = store;
  }

  /** A cached answer still true of the store's data, if there is one. */
  peek(key: string): CachedAnswer | undefined {
    return this.store.revision?.() === this.revision ? this.entries.get(key) : undefined;
  }

  /** Answers from the cache, or computes, stores and answers; an error from `compute` is never cached. */
  async respond(c: Context, compute: () => Promise<unknown>): Promise<Response> {
    const revision = this.store.revision?.();
    if (revision === undefined) return this.send(c, prepare(await compute()));
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const key = cacheKey(c.req.url);
    const hit = this.entries.get(key);
    if (hit !== undefined) return this.send(c, hit);
    const answer = prepare(await compute());
    // The data may have changed while computing; only keep answers about the data still current.
    if (this.store.revision?.() === this.revision) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, answer);
    }
    return this.send(c, answer);
  }

  private send(c: Context, answer: CachedAnswer): Response {
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    if (c.req.header('if-none-match') === answer.etag) return c.body(null, 304, answerHeaders(answer, false));
    return c.body(gzip ? gzipped(answer) : answer.plain, 200, answerHeaders(answer, gzip));
  }
}
