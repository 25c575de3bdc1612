// Requests meant to exhaust the server's memory (a zip bomb, an endless chunked body, a million junk
// rows, a million unclosed brackets) or to make it fail (a malformed URL): each is refused with a 4xx,
// the server's memory stays put, and it answers the next request. The server runs as users start it,
// in its own process.
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { strToU8, Zip, zipSync, type ZipInputFile } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process';

const TOKEN = 'hostile-uploads-test-token-0123456789';
const MiB = 1024 * 1024;

/**
 * A zip holding `size` zero bytes as municipalities.csv (about 1 MB for 1 GiB). Node's zlib deflates
 * and checksums the zeros, much faster than doing it in JavaScript; fflate writes the archive around it.
 */
async function zipBomb(size: number): Promise<Uint8Array<ArrayBuffer>> {
  const zeros = new Uint8Array(16 * MiB);
  const deflate = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const done = new Promise((resolvePromise) => deflate.on('end', resolvePromise));
  let crc = 0;
  for (let written = 0; written < size; written += zeros.length) {
    crc = crc32(zeros, crc);
    if (!deflate.write(zeros)) await new Promise((resolvePromise) => deflate.once('drain', resolvePromise));
  }
  deflate.end();
  await done;
  const archive: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    archive.push(chunk);
  });
  const entry: ZipInputFile = { filename: 'municipalities.csv', size, crc, compression: 8 };
  zip.add(entry);
  entry.ondata!(null, Buffer.concat(compressed), true);
  zip.end();
  return new Uint8Array(Buffer.concat(archive));
}

const importUrl = (server: ServerProcess): string => `${server.url}/api/import`;
const authorised = { authorization: `Bearer ${TOKEN}` };

/**
 * fetch, tried once more when the pooled keep-alive socket it picked had just been closed by the server
 * (its idle timeout; slow tests on a busy machine hit it): that is the client's transport, not an answer.
 */
async function upload(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'EPIPE' && code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

interface ChunkedOutcome {
  status: number;
  sentBytes: number;
}

/** Streams `chunk` over and over as a chunked body until the server answers or closes, up to `maxBytes`. */
function sendChunked(url: string, chunk: Uint8Array, maxBytes: number): Promise<ChunkedOutcome> {
  return new Promise((resolvePromise, reject) => {
    let sentBytes = 0;
    let answered = false;
    const outgoing = request(url, { method: 'POST', headers: { ...authorised, 'content-type': 'application/zip', 'transfer-encoding': 'chunked' } });
    outgoing.on('response', (response) => {
      answered = true;
      response.resume();
      response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, sentBytes }));
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && sentBytes < maxBytes) {
        sentBytes += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
      if (!answered) outgoing.end();
    };
    pump();
  });
}

describe('hostile clients of a running server', () => {
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-hostile-'));
    server = await startServerProcess({ KNOOPPUNT_DATA: dataDir, KNOOPPUNT_TOKEN: TOKEN });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a 1 GiB zip bomb within 2 s, growing by less than 100 MB', async () => {
    const bomb = await zipBomb(1024 * MiB);
    expect(bomb.length).toBeLessThan(2 * MiB);
    // A first small import loads and compiles the import's code, which is not what is measured here.
    const warmUp = await upload(importUrl(server), { method: 'POST', headers: { ...authorised, 'content-type': 'application/zip' }, body: zipSync({ 'zones.csv': strToU8('id,name\n') }) });
    expect(warmUp.status).toBe(422);
    await server.resetPeak();
    const before = await server.rss();
    const started = performance.now();
    const response = await upload(importUrl(server), { method: 'POST', headers: { ...authorised, 'content-type': 'application/zip' }, body: bomb });
    const elapsed = performance.now() - started;
    const problem = (await response.json()) as { errors: string[] };
    expect([413, 422]).toContain(response.status);
    expect(problem.errors).toEqual(['upload.zip:0: : refused, a possible zip bomb: municipalities.csv unpacks to more than 32 times its compressed size']);
    expect(elapsed).toBeLessThan(2000);
    expect((await server.peakRss()) - before).toBeLessThan(100 * MiB);
    expect(await server.alive()).toBe(true);
  }, 60_000);

  it('refuses a 1 GiB chunked body at the limit (256 MiB) and stays alive', async () => {
    const outcome = await sendChunked(importUrl(server), new Uint8Array(MiB).fill(0x41), 1024 * MiB);
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(1024 * MiB);
    expect(await server.alive()).toBe(true);
  }, 60_000);

  it('answers a million junk rows with at most 1,000 errors in under 1 MB, and how many more there were', async () => {
    // Numbered, so the zip compresses like real data and not past the ratio a zip bomb is refused at.
    const rows = Array.from({ length: 1_000_000 }, (_, index) => `row-${index},Gemeente ${index}\n`).join('');
    const zip = zipSync({ 'municipalities.csv': strToU8(`nis,name\n${rows}`) });
    const response = await upload(importUrl(server), { method: 'POST', headers: { ...authorised, 'content-type': 'application/zip' }, body: zip });
    const body = await response.text();
    expect(response.status).toBe(422);
    expect(body.length).toBeLessThan(MiB);
    const problem = JSON.parse(body) as { errors: string[]; omittedErrors: number; detail: string };
    expect(problem.errors).toHaveLength(1000);
    expect(problem.errors[0]).toBe('municipalities.csv:2: nis: malformed NIS "row-0" (expected 5 digits)');
    expect(problem.omittedErrors).toBe(1_000_000 - 1000);
    expect(problem.detail).toBe('the dataset has 1000000 validation error(s) (the first 1000 are listed; 999000 more are not); nothing was imported');
    expect(await server.alive()).toBe(true);
  }, 60_000);

  it('answers a million unclosed brackets with a 4xx naming the nesting', async () => {
    const response = await upload(importUrl(server), {
      method: 'POST',
      headers: { ...authorised, 'content-type': 'application/json' },
      body: `{"municipalities": ${'['.repeat(1_000_000)}`,
    });
    const problem = (await response.json()) as { errors: string[] };
    expect(response.status).toBe(422);
    expect(problem.errors).toEqual(['upload.json:1: : not valid JSON: nested deeper than 64 levels of arrays and objects (a dataset needs a handful)']);
    expect(await server.alive()).toBe(true);
  }, 60_000);

  it('answers a malformed URL with 400, without a stack trace in the log', async () => {
    const response = await fetch(`${server.url}/a%ZZ`);
    expect(response.status).toBe(400);
    expect(server.stderr()).not.toMatch(/URIError|\n\s+at /);
    expect(await server.alive()).toBe(true);
  });

  // Last: it blocks this client's address for the rest of the server's life.
  it('answers 429 with Retry-After after ten wrong tokens from one client, also to the right token', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const response = await upload(importUrl(server), { method: 'POST', headers: { authorization: `Bearer guess-${attempt}` }, body: '{}' });
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(40).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const rightToken = await upload(importUrl(server), { method: 'POST', headers: authorised, body: '{}' });
    expect(rightToken.status).toBe(429);
    expect(await server.alive()).toBe(true);
  });
});

describe('starting the server', () => {
  it('refuses a weak token with a clear message and no stack trace', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-weak-token-'));
    try {
      const started = startServerProcess({ KNOOPPUNT_DATA: dataDir, KNOOPPUNT_TOKEN: 's3cret' });
      await expect(started).rejects.toThrow(
        /exited with 1 before listening:\nKnooppunt did not start: KNOOPPUNT_TOKEN is too weak: it has 6 characters \(at least 16 are needed\)\. Use a random one, e\.g\. `openssl rand -base64 32`\.\n$/,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
