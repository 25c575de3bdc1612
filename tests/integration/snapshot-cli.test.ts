// The command line as a script uses it: snapshots saved, listed, compared and deleted, and Knooppunt's own
// JSON export imported again, where a broken document is refused with file:line: field: message and
// nothing is written.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNT_CLI } from '../support/compiled-server';
import { smallDataset } from '../support/small-dataset';

const repository = fileURLToPath(new URL('../../', import.meta.url));
let folder: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [KNOOPPUNT_CLI, ...args], {
      cwd: repository,
      env: { ...process.env, KNOOPPUNT_DATA: join(folder, 'data') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knooppunt-snapshot-cli-'));
  await writeFile(join(folder, 'dataset.json'), JSON.stringify(smallDataset()));
  expect((await cli('import', join(folder, 'dataset.json'))).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('knooppunt snapshot … and import of an export', () => {
  it('saves, lists, compares, re-imports an export, refuses a broken one and deletes', async () => {
    const saved = await cli('snapshot', 'save', 'Eerste stand');
    expect(saved.code).toBe(0);
    const id = /^saved snapshot (\S+) "Eerste stand"/.exec(saved.stdout)?.[1];
    expect(id).toBeDefined();
    const listed = JSON.parse((await cli('snapshot', 'list', '--json')).stdout) as SnapshotSummary[];
    expect(listed.map((snapshot) => [snapshot.id, snapshot.name, snapshot.counts])).toEqual([[id, 'Eerste stand', { nodes: 16, relationships: 31 }]]);

    const exportFile = join(folder, 'export.json');
    expect((await cli('export', '--format', 'json', '-o', exportFile)).code).toBe(0);
    const lines = (await readFile(exportFile, 'utf8')).split('\n');
    const index = lines.findIndex((line) => line.includes('"label":"Organisation"'));
    lines[index] = lines[index]!.replace(/"sector":"[a-z_]+"/, '"sector":"x"');
    await writeFile(join(folder, 'broken.json'), lines.join('\n'));
    const broken = await cli('import', join(folder, 'broken.json'), '--replace');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`broken.json:${index + 1}: nodes[${index - 1}].attributes.sector: unknown sector "x"`);
    expect(broken.stderr).toContain('nothing was imported');

    const unchanged = await cli('snapshot', 'diff', id!);
    expect(unchanged.stdout).toContain('nodes:          +0  -0  ~0');
    expect(unchanged.stdout).toContain('findings:       0 opened, 0 closed');
    expect((await cli('import', exportFile, '--replace')).code).toBe(0);
    expect((await cli('snapshot', 'diff', id!, 'now', '--json')).stdout).toContain('"nodesChanged": 0');

    expect((await cli('snapshot', 'delete', id!)).code).toBe(0);
    expect((await cli('snapshot', 'delete', id!)).code).toBe(1);
    const usage = await cli('snapshot');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('knooppunt snapshot diff <from> [<to>|now]');
  }, 180_000);
});
