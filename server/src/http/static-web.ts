// Serves the built web app: hashed assets cached for good, every other path falls back to index.html
// so a copied link (with its query string) opens the app. An asset goes out as the Brotli or gzip copy the
// build wrote beside it (web/scripts/precompress.mjs) when the browser accepts one: nothing is compressed
// per request.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** The encodings of the build's copies, smallest first: the order that breaks a tie between equal weights. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'] | 'identity';

/** The encoding the request weighs highest of those there are copies in (q=0 refuses one), or none. */
function chosenEncoding(c: Context): Encoding {
  return accepts(c, {
    header: 'Accept-Encoding',
    supports: ENCODINGS.map((encoding) => encoding.name),
    default: 'identity',
    match: (offered, { supports, default: fallback }) => {
      const weight = (name: string) => offered.find((entry) => entry.type.toLowerCase() === name)?.q ?? 0;
      const best = supports.reduce((chosen, name) => (weight(name) > weight(chosen) ? name : chosen), supports[0] ?? fallback);
      return weight(best) > 0 ? best : fallback;
    },
  }) as Encoding;
}

/**
 * The file as sent: the copy in `encoding` when the build wrote one, else the file itself; nothing when the
 * file is not there (a copy left beside a file that is gone is never sent).
 */
async function encodedFile(path: string, encoding: Encoding): Promise<{ body: Buffer; encoding: Encoding } | undefined> {
  const copy = ENCODINGS.find((candidate) => candidate.name === encoding);
  if (copy && (await isFile(path))) {
    const compressed = await readIfFile(path + copy.suffix);
    if (compressed) return { body: compressed, encoding };
  }
  const plain = await readIfFile(path);
  return plain ? { body: plain, encoding: 'identity' } : undefined;
}

export function serveWebApp(webDist: string): MiddlewareHandler {
  const root = resolve(webDist);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const requested = normalize(decodeURIComponent(c.req.path)).replace(/^([/\\])+/, '');
    const path = resolve(join(root, requested));
    // Never answer outside the build folder, whatever the path says.
    const inside = path === root || path.startsWith(root + sep);
    // Only the build's hashed assets have copies.
    const immutable = requested.startsWith('assets/');
    const asset = inside && requested !== '' ? await encodedFile(path, immutable ? chosenEncoding(c) : 'identity') : undefined;
    if (asset) {
      return c.body(new Uint8Array(asset.body), 200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(immutable ? { vary: 'accept-encoding' } : {}),
        ...(asset.encoding === 'identity' ? {} : { 'content-encoding': asset.encoding }),
      });
    }
    if (extname(requested) !== '') return next();
    const index = await readIfFile(join(root, 'index.html'));
    if (!index) return next();
    return c.body(new Uint8Array(index), 200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache' });
  };
}
