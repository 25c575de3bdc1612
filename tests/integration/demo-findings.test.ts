// The demo dataset gives every rule of the catalogue something to find, except GAP_NO_ZONE: on the real
// zone map every municipality lies in a zone (fixtures/demo/README.md). Also checks that a long
// `findings --json` reaches a pipe whole.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding } from '@knooppunt/server/domain/findings';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { describe, expect, it } from 'vitest';
import { KNOOPPUNT_CLI } from '../support/compiled-server';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(repository, 'fixtures', 'demo');

describe('the demo dataset', () => {
  it('makes every rule but GAP_NO_ZONE fire', async () => {
    const store = EmbeddedStore.inMemory();
    await store.importDataset(await readDataset(demo));
    const fired = new Set((await store.findings(DEFAULT_RULE_PARAMETERS)).map((finding) => finding.rule));
    expect(RULE_IDS.filter((rule) => !fired.has(rule))).toEqual(['GAP_NO_ZONE']);
  });

  it('prints all its findings as JSON through a pipe, however long', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-demo-findings-'));
    try {
      const cli = (args: string[]) =>
        promisify(execFile)(process.execPath, [KNOOPPUNT_CLI, ...args], {
          cwd: repository,
          env: { ...process.env, KNOOPPUNT_DATA: dataDir },
          maxBuffer: 64 << 20,
        });
      await cli(['import', demo]);
      const { stdout } = await cli(['findings', '--json']);
      expect(stdout.length).toBeGreaterThan(1 << 20);
      expect((JSON.parse(stdout) as Finding[]).length).toBeGreaterThan(1000);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
