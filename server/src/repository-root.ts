// Where the repository's files (package.json, fixtures/, cypher/, web/dist/) are, from wherever this code
// runs: as TypeScript in server/src/… or bundled into server/dist/, the number of `..` differs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` that holds pnpm-workspace.yaml, the workspace's root. */
export function findRepositoryRoot(start: string): string {
  let folder = start;
  for (;;) {
    if (existsSync(join(folder, 'pnpm-workspace.yaml'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no pnpm-workspace.yaml in ${start} or any folder above it: is this a Knooppunt checkout?`);
    folder = parent;
  }
}

let cached: string | undefined;

/** The root of the Knooppunt checkout this module belongs to. */
export function repositoryRoot(): string {
  cached ??= findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));
  return cached;
}
