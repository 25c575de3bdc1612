import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serveWebApp } from './static-web';

/** A build folder: index.html, a script with Brotli and gzip copies as the build writes them, a small one without. */
function buildFolder(): { dir: string; script: string } {
  const parent = mkdtempSync(join(tmpdir(), 'knooppunt-static-'));
  const dir = join(parent, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const script = `export const names = [${Array.from({ length: 400 }, (_, i) => `"gemeente ${i}"`).join(',')}];\n`;
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Knooppunt</title>');
  writeFileSync(join(dir, 'assets', 'app-1a2b.js'), script);
  writeFileSync(join(dir, 'assets', 'app-1a2b.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'app-1a2b.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'assets', 'tiny-3c4d.js'), 'export {};\n');
  writeFileSync(join(parent, 'outside.txt'), 'beside the build folder, never served');
  return { dir, script };
}

const { dir, script } = buildFolder();
const app = new Hono().use('*', serveWebApp(dir));
const get = (path: string, acceptEncoding?: string) => app.request(path, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });

describe('serveWebApp', () => {
  it('sends the Brotli copy to a browser that accepts Brotli and gzip alike', async () => {
    const response = await get('/assets/app-1a2b.js', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('accept-encoding');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.byteLength).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('follows the weights the request gives, and never sends an encoding it refuses', async () => {
    const gzipFirst = await get('/assets/app-1a2b.js', 'br;q=0.5, gzip;q=1');
    expect(gzipFirst.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipFirst.arrayBuffer())).toString()).toBe(script);
    const noBrotli = await get('/assets/app-1a2b.js', 'br;q=0, gzip');
    expect(noBrotli.headers.get('content-encoding')).toBe('gzip');
    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const plain = await get('/assets/app-1a2b.js', header);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(script);
    }
  });

  it('sends a file the build wrote no copies of as it is, and the page itself unencoded', async () => {
    const tiny = await get('/assets/tiny-3c4d.js', 'br, gzip');
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.text()).toBe('export {};\n');
    const page = await get('/?zone=zone%3Abruzel', 'br, gzip');
    expect(page.headers.get('content-encoding')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Knooppunt</title>');
  });

  it('sends no copy for a file that is not there, and nothing from outside the build folder', async () => {
    writeFileSync(join(dir, 'assets', 'gone-5e6f.js.br'), brotliCompressSync('export const stale = 1;'));
    expect((await get('/assets/gone-5e6f.js', 'br')).status).toBe(404);
    const escape = await get('/assets/..%2F..%2Foutside.txt', 'br');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('never served');
  });
});
