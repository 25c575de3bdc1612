// Serves the built web app: hashed assets cached for good, every other path falls back to index.html
// so a copied link (with its query string) opens the app.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

export function serveWebApp(webDist: string): MiddlewareHandler {
  const root = resolve(webDist);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const requested = normalize(decodeURIComponent(c.req.path)).replace(/^([/\\])+/, '');
    const path = resolve(join(root, requested));
    // Never answer outside the build folder, whatever the path says.
    const inside = path === root || path.startsWith(root + sep);
    const asset = inside && requested !== '' ? await readIfFile(path) : undefined;
    if (asset) {
      const immutable = requested.startsWith('assets/');
      return c.body(new Uint8Array(asset), 200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (extname(requested) !== '') return next();
    const index = await readIfFile(join(root, 'index.html'));
    if (!index) return next();
    return c.body(new Uint8Array(index), 200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache' });
  };
}
