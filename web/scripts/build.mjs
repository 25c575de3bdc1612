// @ts-check
// `npm start` and `npm test` build the web app with this: Vite's build when a file the last build read
// (listed by the record-build-inputs plugin of vite.config.ts) or the build's own configuration changed
// since, nothing otherwise. `--force` builds anyway; `--quiet` prints only the build's warnings and errors;
// `--out-dir <folder>` writes the build there instead of web/dist. Each asset also gets a Brotli and a gzip copy
// (precompress.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../../scripts/lib/build-freshness.mjs';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(webDir, 'node_modules', '.cache', 'knooppunt', 'build-inputs.json');
const CONFIGURATION = ['vite.config.ts', 'index.html', 'package.json', 'tsconfig.json', '../pnpm-lock.yaml', 'scripts/build.mjs', 'scripts/precompress.mjs'];

function reason() {
  if (process.argv.includes('--force')) return 'forced';
  /** @type {string[]} */
  const read = existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')) : [];
  // Every file under src/ too: the layout worker is bundled apart, and its modules are not in the list.
  const sources = readdirSync(join(webDir, 'src'), { recursive: true, encoding: 'utf8' }).map((file) => join(webDir, 'src', file));
  return staleReason({ stamp, inputs: [...read, ...sources, ...CONFIGURATION.map((file) => join(webDir, file))], outputs: [join(webDir, 'dist', 'index.html')] });
}

const why = reason();
const quiet = process.argv.includes('--quiet');
if (why === undefined) {
  if (!quiet) console.log('web/dist is up to date');
} else {
  const started = performance.now();
  // Vite replaces process.env.NODE_ENV with the environment's value when one is set, and the test runner
  // sets "test": `npm start` run from a test then built React's development bundle (412 jsxDEV calls,
  // StrictMode's double mounts cancelling the first requests). The app is always built for production.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  // --out-dir <folder> builds elsewhere (a test checks the bundle there without touching web/dist).
  const outDirAt = process.argv.indexOf('--out-dir');
  const outDir = outDirAt > 0 ? resolve(process.argv[outDirAt + 1] ?? '') : undefined;
  await build({ root: webDir, mode: 'production', logLevel: quiet ? 'warn' : 'info', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
  // Brotli and gzip copies of the assets, which the server sends to browsers that accept them.
  const { precompress } = await import('./precompress.mjs');
  const compressed = await precompress(outDir ?? join(webDir, 'dist'));
  console.log(`built web/dist in ${((performance.now() - started) / 1000).toFixed(1)} s (${compressed} assets precompressed): ${why}`);
}
