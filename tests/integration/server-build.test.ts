// server/scripts/build.mjs as npm start and npm test run it: a first build, then nothing while no source
// changed, then a build again once one did; and the bundled CLI answers --help without any package.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../', import.meta.url));
let copy: string;

// A copy of what the build reads, so touching a source here cannot make other tests rebuild server/dist.
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'knooppunt-build-'));
  for (const path of ['server/src', 'server/scripts', 'server/package.json', 'scripts/lib/build-freshness.mjs', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']) {
    await cp(join(repository, path), join(copy, path), { recursive: true });
  }
  // esbuild comes from the repository's server package.
  await symlink(join(repository, 'server/node_modules'), join(copy, 'server/node_modules'));
});
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

async function build(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(copy, 'server/scripts/build.mjs')]);
  return stdout.trim();
}

describe('node server/scripts/build.mjs', () => {
  it('builds, skips while nothing changed, builds again after a source changed, and its --help needs no package', async () => {
    expect(await build()).toMatch(/^built server\/dist \(cli\.js, server\.js\) in \d+ ms: no build yet$/);
    expect(await build()).toBe('server/dist is up to date');
    // One source edited after the last build (the copy's files all date from the copy, before it).
    const source = join(copy, 'server/src/cli/findings-command.ts');
    const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    await utimes(source, inMinutes(1), inMinutes(1));
    expect(await build()).toMatch(new RegExp(`^built server/dist \\(cli\\.js, server\\.js\\) in \\d+ ms: ${source.replaceAll('.', '\\.')} changed$`));
    await utimes(source, inMinutes(-1), inMinutes(-1));
    expect(await build()).toBe('server/dist is up to date');

    // With no package to be found, --help still answers: it loads the CLI's own chunk and nothing else.
    await rm(join(copy, 'server/node_modules'));
    const { stdout } = await promisify(execFile)(process.execPath, [join(copy, 'server/dist/cli.js'), '--help'], { cwd: copy });
    expect(stdout).toMatch(/^usage: knooppunt <command>/);
  }, 60_000);
});
