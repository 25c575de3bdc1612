// @ts-check
// Bundles the command line and the server into plain JavaScript (server/dist/cli.js, server/dist/server.js)
// with esbuild, so neither transpiles TypeScript at run time. Packages stay external: Node loads them from
// server/node_modules as it would for the sources. Code splitting keeps each command in a chunk of its own,
// which the CLI imports only when that command runs.
//
// `node server/scripts/build.mjs` builds only when something changed: esbuild's metafile lists every
// source the last build read, and when none is newer than that build, nothing happens (a few ms).
// `--force` builds anyway; `--quiet` prints nothing unless it builds.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason as buildStaleReason } from '../../scripts/lib/build-freshness.mjs';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(serverDir, 'dist');
const metaFile = join(distDir, 'meta.json');
const ENTRY_POINTS = { cli: 'src/cli/main.ts', server: 'src/index.ts' };
// Besides the sources esbuild read, what shapes the output: this script and the dependency list.
const BUILD_INPUTS = [fileURLToPath(import.meta.url), join(serverDir, 'package.json'), join(serverDir, '..', 'pnpm-lock.yaml')];

/** @returns {string | undefined} why the last build is out of date, or undefined when it is current */
function staleReason() {
  if (!existsSync(metaFile)) return 'no build yet';
  /** @type {{ inputs: Record<string, unknown> }} */
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  return buildStaleReason({
    stamp: metaFile,
    inputs: [...Object.keys(meta.inputs).map((input) => join(serverDir, input)), ...BUILD_INPUTS],
    outputs: Object.keys(ENTRY_POINTS).map((entry) => join(distDir, `${entry}.js`)),
  });
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  // Built beside dist/ and swapped in whole, so a CLI started meanwhile never sees half a build.
  const staging = join(serverDir, `dist.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const result = await esbuild({
    absWorkingDir: serverDir,
    entryPoints: ENTRY_POINTS,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(join(staging, 'meta.json'), JSON.stringify(result.metafile));
  const previous = join(serverDir, `dist.previous-${process.pid}`);
  if (existsSync(distDir)) renameSync(distDir, previous);
  renameSync(staging, distDir);
  rmSync(previous, { recursive: true, force: true });
}

const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');
const reason = force ? 'forced' : staleReason();
if (reason === undefined) {
  if (!quiet) console.log('server/dist is up to date');
} else {
  const started = performance.now();
  await build();
  console.log(`built server/dist (cli.js, server.js) in ${Math.round(performance.now() - started)} ms: ${reason}`);
}
