// Serialised answers of read routes, kept until the store's data changes.
// A zone's graph is asked for far more often than the data changes, and serialising and compressing it
// is most of the cost of answering, so the cache holds finished bytes: plain and gzipped, with an ETag
// taken from the content so a browser's revalidation costs a 304 and no body.
// Bounded in bytes, least recently used first out, and keyed on the query parameters a route reads,
// sorted: query strings made up to fill it (`?junk=1`, `?junk=2`, …) find the one answer they all mean.
import { promisify } from 'node:util';
import { crc32, gzip as gzipCallback } from 'node:zlib';
import type { Context } from 'hono';
import { jsonBytesOf } from '../graph/subgraph-json';
import type { GraphStore } from '../store/graph-store';
import { ScratchBuffers } from './scratch-buffers';

/** What the answers may hold together, plain and gzipped; a Flanders zone's graph is about 0.7 MB. */
export const DEFAULT_CACHE_BYTES = 128 * 1024 * 1024;
/** Map entry, key and object headers, roughly, so a flood of tiny answers is bounded too. */
const ENTRY_OVERHEAD_BYTES = 256;

/** One answer's bytes, plain and (once a client asks) gzipped, with its ETag. */
export class CachedAnswer {
  readonly plain: Uint8Array<ArrayBuffer>;
  /** Made on the first request that accepts gzip (see gzipped), then kept with the answer. */
  gzip?: Uint8Array<ArrayBuffer>;
  /** The compression under way, so requests meanwhile wait for it instead of compressing again. */
  gzipping?: Promise<Uint8Array<ArrayBuffer>>;
  private tag?: string;

  constructor(plain: Uint8Array<ArrayBuffer>) {
    this.plain = plain;
  }

  /**
   * The content's CRC-32 and length (contentTag), worked out when first needed: from the gzipped body's
   * trailer when there is one (gzip wrote the same CRC-32 of the same bytes), else from the plain bytes.
   */
  get etag(): string {
    this.tag ??= this.gzip !== undefined ? tagOfGzip(this.gzip, this.plain.byteLength) : contentTag(this.plain);
    return this.tag;
  }
}

const gzipAsync = promisify(gzipCallback);
/** A kept answer is compressed once and sent many times: compress it well. */
const KEPT_GZIP_LEVEL = 6;
/** An answer sent once (not kept): compress it fast; level 1 costs about a quarter of level 6's time. */
const ONCE_GZIP_LEVEL = 1;

/**
 * Output is handed from the thread pool to the event loop one chunk at a time, and each hand-over costs the
 * event loop time: with zlib's default 16 KiB a zone's graph (about 100 KB gzipped) took seven, and the event
 * loop spent a third of a millisecond per answer on them; one chunk of 128 KiB takes a tenth.
 */
const GZIP_CHUNK_BYTES = 128 * 1024;

/** Node's Buffers from `from(string)` and zlib sit on plain ArrayBuffers, never shared ones. */
const bytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => buffer as Uint8Array<ArrayBuffer>;

/**
 * An ETag from the content: its CRC-32 and its length. It tells two versions of one answer apart, which is
 * all a validator does (two differ and match by chance once in four billion); SHA-256 took three times as
 * long, a tenth of the cost of computing a zone's graph.
 */
export const contentTag = (plain: Uint8Array): string => etagOf(crc32(plain), plain.byteLength);

const etagOf = (crc: number, length: number): string => `"${crc.toString(36)}-${length.toString(36)}"`;

/** contentTag of a gzip member's content, read from its trailer: CRC-32 then length (mod 2^32), little-endian. */
export function tagOfGzip(gzip: Uint8Array, plainLength: number): string {
  const trailer = new DataView(gzip.buffer, gzip.byteOffset + gzip.byteLength - 8, 8);
  return etagOf(trailer.getUint32(0, true), plainLength);
}

function prepare(value: unknown): CachedAnswer {
  return new CachedAnswer(bytes(jsonBytesOf(value) ?? Buffer.from(JSON.stringify(value))));
}

/** An answer for the cache to keep, owning its bytes; `plain` is copied when it is scratch space. */
function keptCopy(answer: CachedAnswer): CachedAnswer {
  return new CachedAnswer(bytes(Buffer.from(answer.plain)));
}

/**
 * The gzipped body, compressed once per answer and only when a client asks for it, in libuv's thread pool:
 * compressing 600 KB takes milliseconds that the event loop would otherwise not spend answering others.
 */
export function gzipped(answer: CachedAnswer, level: number = KEPT_GZIP_LEVEL): Promise<Uint8Array<ArrayBuffer>> {
  answer.gzipping ??= gzipAsync(answer.plain, { level, chunkSize: GZIP_CHUNK_BYTES }).then((buffer) => (answer.gzip = bytes(buffer)));
  return answer.gzipping;
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

/** Which query parameters make an answer differ: the names a route reads, or all of them. */
export type KeyParameters = readonly string[] | 'all';

/**
 * The cache key: the path and the query parameters in `keyParameters` sorted by name and value, empty
 * ones left out, whichever host the request named. The front that answers before the router uses
 * 'all', so a request that names only what its route reads, in any order, is answered there.
 */
export function cacheKey(url: string, keyParameters: KeyParameters = 'all'): string {
  const parsed = new URL(url, 'http://knooppunt');
  const kept = [...parsed.searchParams].filter(([name, value]) => value !== '' && (keyParameters === 'all' || keyParameters.includes(name)));
  if (kept.length === 0) return parsed.pathname;
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${parsed.pathname}?${new URLSearchParams(kept).toString()}`;
}

const costOf = (key: string, answer: CachedAnswer): number => ENTRY_OVERHEAD_BYTES + key.length * 2 + answer.plain.byteLength + (answer.gzip?.byteLength ?? 0);

export class JsonCache {
  /** In order of last use, least recent first (a Map keeps insertion order; a hit moves its entry last). */
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly costs = new Map<string, number>();
  private usedBytes = 0;
  private revision = -1;
  private readonly store: GraphStore;
  readonly maxBytes: number;

  constructor(store: GraphStore, maxBytes: number = DEFAULT_CACHE_BYTES) {
    this.store = store;
    this.maxBytes = maxBytes;
  }

  /** Bytes the cached answers take now, never above maxBytes. */
  get bytes(): number {
    return this.usedBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A cached answer still true of the store's data, if there is one; the key comes from cacheKey. */
  peek(key: string): CachedAnswer | undefined {
    if (this.store.revision?.() !== this.revision) return undefined;
    const answer = this.entries.get(key);
    if (answer !== undefined) this.touch(key, answer);
    return answer;
  }

  /**
   * Answers from the cache, or computes, stores and answers; an error from `compute` is never cached.
   * `keyParameters` names the query parameters the route reads; others do not change the key.
   */
  async respond(c: Context, compute: () => Promise<unknown>, keyParameters: KeyParameters = 'all'): Promise<Response> {
    const revision = this.store.revision?.();
    if (revision === undefined) return this.send(c, prepare(await compute()), false);
    if (revision !== this.revision) {
      this.clear();
      this.revision = revision;
    }
    const key = cacheKey(c.req.url, keyParameters);
    const hit = this.peek(key);
    if (hit !== undefined) return this.send(c, hit, true);
    const value = await compute();
    // Written into scratch space when the store can encode it (subgraph-json.ts): most computed answers
    // are sent once and dropped, and the scratch is given back once they are compressed.
    const scratch = jsonBytesOf(value, this.scratch.take);
    if (scratch === undefined) return this.keepAndSend(c, key, prepare(value));
    const answer = new CachedAnswer(bytes(scratch));
    const release = () => this.scratch.give(scratch);
    if (this.keepable(answer)) {
      release();
      return this.keepAndSend(c, key, keptCopy(answer));
    }
    return this.send(c, answer, false, release);
  }

  /** Keeps the answer when the data is still what it was computed from, and sends it. */
  private keepAndSend(c: Context, key: string, answer: CachedAnswer): Promise<Response> {
    // The data may have changed while computing; only keep answers about the data still current.
    const kept = this.store.revision?.() === this.revision && this.keep(key, answer);
    return this.send(c, answer, kept);
  }

  /** Whether keep would take the answer: it fits within the bound, and the data has not changed meanwhile. */
  private keepable(answer: CachedAnswer): boolean {
    return this.store.revision?.() === this.revision && this.costToKeep('', answer) <= this.maxBytes;
  }

  private readonly scratch = new ScratchBuffers();

  private touch(key: string, answer: CachedAnswer): void {
    this.entries.delete(key);
    this.entries.set(key, answer);
  }

  /** Keeps the answer if it fits at all (older ones make room); says whether it did. */
  private keep(key: string, answer: CachedAnswer): boolean {
    this.forget(key);
    const cost = this.costToKeep(key, answer);
    if (cost > this.maxBytes) return false;
    while (this.usedBytes + cost > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.forget(oldest);
    }
    this.entries.set(key, answer);
    this.costs.set(key, cost);
    this.usedBytes += cost;
    return true;
  }

  /** What keeping the answer costs, with room for the gzipped body the first gzip request adds (about a fifth of the plain). */
  private costToKeep(key: string, answer: CachedAnswer): number {
    return costOf(key, answer) + Math.ceil(answer.plain.byteLength / 4);
  }

  private forget(key: string): void {
    const cost = this.costs.get(key);
    if (cost === undefined) return;
    this.entries.delete(key);
    this.costs.delete(key);
    this.usedBytes -= cost;
  }

  private clear(): void {
    this.entries.clear();
    this.costs.clear();
    this.usedBytes = 0;
  }

  /**
   * Sends the answer, gzipped when the client accepts it. `release` is called once nothing will read the
   * plain bytes any more: after compressing them, or at once for a 304; a plain body is still being written
   * after this returns, so its bytes are never released.
   */
  private async send(c: Context, answer: CachedAnswer, kept: boolean, release?: () => void): Promise<Response> {
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    // Only a revalidation needs the ETag before the body: for the others a gzipped body's trailer gives it.
    const validator = c.req.header('if-none-match');
    if (validator !== undefined && validator === answer.etag) {
      release?.();
      return c.body(null, 304, answerHeaders(answer, false));
    }
    if (!gzip) return c.body(answer.plain, 200, answerHeaders(answer, false));
    const body = await gzipped(answer, kept ? KEPT_GZIP_LEVEL : ONCE_GZIP_LEVEL);
    const headers = answerHeaders(answer, true);
    release?.();
    return c.body(body, 200, headers);
  }
}
