import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRepositoryRoot, repositoryRoot } from './repository-root';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('findRepositoryRoot', () => {
  it('walks up from a nested folder to the one holding pnpm-workspace.yaml', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-root-'));
    await writeFile(join(folder, 'pnpm-workspace.yaml'), 'packages: []\n');
    const nested = join(folder, 'server', 'dist', 'chunks');
    await mkdir(nested, { recursive: true });
    expect(findRepositoryRoot(nested)).toBe(folder);
  });

  it('says which folder it started from when there is no workspace above it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-root-'));
    expect(() => findRepositoryRoot(folder!)).toThrow(`no pnpm-workspace.yaml in ${folder}`);
  });

  it('finds this checkout from server/src', () => {
    expect(repositoryRoot()).toBe(join(import.meta.dirname, '..', '..'));
  });
});
