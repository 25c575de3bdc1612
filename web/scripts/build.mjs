// @ts-check
// `npm start` and `npm test` build the web app with this: Vite's build when a file the last build read
// (listed by the record-build-inputs plugin of vite.config.ts) or the build's own configuration changed
// since, nothing otherwise. `--force` builds anyway; `--quiet` prints only the build's warnings and errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../../scripts/lib/build-freshness.mjs';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(webDir, 'node_modules', '.cache', 'knooppunt', 'build-inputs.json');
const CONFIGURATION = ['vite.config.ts', 'index.html', 'package.json', 'tsconfig.json', '../pnpm-lock.yaml', 'scripts/build.mjs'];

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
  const { build } = await import('vite');
  await build({ root: webDir, logLevel: quiet ? 'warn' : 'info' });
  console.log(`built web/dist in ${((performance.now() - started) / 1000).toFixed(1)} s: ${why}`);
}
