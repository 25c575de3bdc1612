#!/usr/bin/env node
// The `knooppunt` command (pnpm exec knooppunt, npx knooppunt): the compiled command line in server/dist,
// built by `node server/scripts/build.mjs` (npm start and npm test build it when the sources changed).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  console.error('knooppunt is not built yet: run `node server/scripts/build.mjs` (or npm start) in the repository first');
  process.exitCode = 1;
}
