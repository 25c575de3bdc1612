// `pnpm knooppunt export` as a script runs it: a real process on a store folder, output on stdout or in a
// file, exit codes like the other commands.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNT_CLI } from '../support/compiled-server';
import { smallDataset } from '../support/small-dataset';

const repository = fileURLToPath(new URL('../../', import.meta.url));
let folder: string;
let dataDir: string;
let westNodes: number;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [KNOOPPUNT_CLI, ...args], {
      cwd: repository,
      env: { ...process.env, KNOOPPUNT_DATA: dataDir, NEO4J_URI: '' },
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knooppunt-export-cli-'));
  dataDir = join(folder, 'store');
  const store = await EmbeddedStore.open(dataDir);
  await store.importDataset(smallDataset());
  westNodes = (await store.zoneGraph('zone:west'))!.nodes.length;
  await store.close();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('knooppunt export', () => {
  it("writes a zone's GEXF to stdout", async () => {
    const { code, stdout } = await cli(['export', '--format', 'gexf', '--zone', 'west']);
    expect(code).toBe(0);
    const graph = gexf.parse(Graph, stdout);
    expect(graph.order).toBe(westNodes);
    expect(graph.getAttribute('description')).toContain('filter: zone:west');
  }, 30_000);

  it('writes the whole graph to -o FILE and reports it on stdout', async () => {
    const target = join(folder, 'out', 'graph.json');
    await promisify(execFile)('mkdir', ['-p', join(folder, 'out')]);
    const { code, stdout } = await cli(['export', '--format', 'json', '-o', target]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`exported 16 nodes and 31 relationships as json to ${target}`);
    expect((JSON.parse(await readFile(target, 'utf8')) as { nodes: unknown[] }).nodes).toHaveLength(16);
    expect(await readdir(join(folder, 'out'))).toEqual(['graph.json']);
  }, 30_000);

  it('exits 2 for a bad format and 1 for an unknown zone, with the reason on stderr', async () => {
    const badFormat = await cli(['export', '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr.trim()).toBe('--format: expected one of json, graphml, gexf, csv, cypher, not "pdf"');
    const badZone = await cli(['export', '--format', 'csv', '--zone', 'nergens']);
    expect(badZone.code).toBe(1);
    expect(badZone.stderr.trim()).toBe('--zone: zone "zone:nergens" does not exist');
    expect(badZone.stdout).toBe('');
  }, 30_000);

  it('lists the command in the usage text', async () => {
    const { code, stdout } = await cli(['help']);
    expect(code).toBe(0);
    expect(stdout).toContain('export --format json|graphml|gexf|csv|cypher [--zone Z] [-o FILE]');
  }, 30_000);
});
