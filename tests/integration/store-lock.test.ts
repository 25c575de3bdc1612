// No import is lost: while a server holds the embedded store, a command-line import is refused with a
// message saying why (it would otherwise write a file the server never reads, and that the server's
// next import overwrites); once the server is stopped the same import goes through.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KNOOPPUNT_CLI } from '../support/compiled-server';
import { startServerProcess } from './support/server-process';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const demo = join(repository, 'fixtures', 'demo');

async function cliImport(dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [KNOOPPUNT_CLI, 'import', demo], {
      cwd: repository,
      env: { ...process.env, KNOOPPUNT_DATA: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('one writer per embedded store', () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('refuses a command-line import while the server runs, and takes it once the server stopped', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-lock-'));
    folders.push(dataDir);
    const server = await startServerProcess({ KNOOPPUNT_DATA: dataDir });
    try {
      const refused = await cliImport(dataDir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`the embedded store in ${dataDir} is in use by another Knooppunt process (pid ${server.child.pid}`);
      expect(refused.stderr).toContain('stop that process first, or import through the server it runs (POST /api/import)');
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { counts: { nodes: number } };
      expect(health.counts.nodes).toBe(0);
    } finally {
      await server.stop();
    }
    const accepted = await cliImport(dataDir);
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^imported \d+ rows from /);
  }, 60_000);
});
