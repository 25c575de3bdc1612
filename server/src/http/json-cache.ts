// Serialised answers of read routes, kept until the store's data changes.
// A zone's graph is asked for far more often than the data changes, and serialising and compressing it
// is most of the cost of answering, so the cache holds finished bytes: plain and gzipped, with an ETag
// taken from the content so a browser's revalidation costs a 304 and no body.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { GraphStore } from '../store/graph-store';

const MAX_ENTRIES = 512;

interface CachedAnswer {
  plain: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Node's Buffers from `from(string)` and zlib sit on plain ArrayBuffers, never shared ones. */
const bytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => buffer as Uint8Array<ArrayBuffer>;

export interface JsonCache {
  /** Answers from the cache, or computes, stores and answers; an error from `compute` is never cached. */
  respond(c: Context, compute: () => Promise<unknown>): Promise<Response>;
}

function prepare(value: unknown): CachedAnswer {
  const plain = Buffer.from(JSON.stringify(value));
  const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
  return { plain: bytes(plain), gzip: bytes(gzipSync(plain, { level: 6 })), etag };
}

function send(c: Context, answer: CachedAnswer): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    etag: answer.etag,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
  };
  if (c.req.header('if-none-match') === answer.etag) return c.body(null, 304, headers);
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(answer.gzip, 200, { ...headers, 'content-encoding': 'gzip' });
  }
  return c.body(answer.plain, 200, headers);
}

export function jsonCache(store: GraphStore): JsonCache {
  const entries = new Map<string, CachedAnswer>();
  let cachedRevision = -1;
  return {
    async respond(c, compute) {
      const revision = store.revision?.();
      if (revision === undefined) return send(c, prepare(await compute()));
      if (revision !== cachedRevision) {
        entries.clear();
        cachedRevision = revision;
      }
      const key = c.req.url;
      const hit = entries.get(key);
      if (hit !== undefined) return send(c, hit);
      const answer = prepare(await compute());
      // The data may have changed while computing; only keep answers about the data still current.
      if (store.revision?.() === cachedRevision) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, answer);
      }
      return send(c, answer);
    },
  };
}
