// GET /api/findings and `knooppunt findings` on the worked example: filters, thresholds, problems.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Problem } from '@knooppunt/server/domain/api';
import type { Finding } from '@knooppunt/server/domain/findings';
import { createApp } from '@knooppunt/server/http/app';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNT_CLI } from '../support/compiled-server';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const example = join(repository, 'fixtures', 'examples', 'example1');
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(await readDataset(example));
  app = createApp({ store, version: 'test', centroids: [], logError: () => undefined });
});

async function findings(query: string): Promise<Finding[]> {
  const response = await app.request(`/api/findings${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Finding[];
}

async function problem(query: string, status: number): Promise<Problem> {
  const response = await app.request(`/api/findings${query}`);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as Problem;
}

describe('GET /api/findings', () => {
  it('lists every finding of the example, each with a message in both languages', async () => {
    const all = await findings('');
    expect(all).toHaveLength(82);
    for (const finding of all) {
      expect(finding.message.nl.length).toBeGreaterThan(20);
      expect(finding.message.en.length).toBeGreaterThan(20);
    }
  });

  it('filters by kind, rule, severity, municipality and zone', async () => {
    expect((await findings('?kind=conflict')).map((f) => f.rule).sort()).toEqual(
      (await findings('?rule=CONFLICT_REGIE_ACTOR,CONFLICT_SELF_FUNDING,CONFLICT_UNEQUAL_SUPPORT')).map((f) => f.rule).sort(),
    );
    // Each filter keeps exactly the findings of the unfiltered list that pass it, and some but not all.
    const all = await findings('');
    const high = await findings('?severity=high');
    expect(high.map((f) => f.id).sort()).toEqual(all.filter((f) => f.severity === 'high').map((f) => f.id).sort());
    expect(high.length).toBeGreaterThan(0);
    expect(high.length).toBeLessThan(all.length);
    const about93003 = await findings('?municipality=93003');
    expect(about93003.length).toBeGreaterThan(0);
    expect(about93003.map((f) => f.id).sort()).toEqual(
      all.filter((f) => f.subject === 'nis:93003' || f.related.includes('nis:93003')).map((f) => f.id).sort(),
    );
    const inZone = await findings('?zone=z0');
    expect(inZone.some((f) => f.rule === 'GAP_ZORGRAAD_MISSING' && f.subject === 'zone:z0')).toBe(true);
    expect(inZone.some((f) => f.subject === 'nis:93007')).toBe(false);
  });

  it('takes thresholds from the query string', async () => {
    const strict = await findings('?rule=GAP_CHILDCARE_CAPACITY&childcarePer100=60');
    const lenient = await findings('?rule=GAP_CHILDCARE_CAPACITY&childcarePer100=1');
    expect(strict.length).toBeGreaterThan(lenient.length);
    expect(strict.every((f) => f.evidence.threshold === 60)).toBe(true);
  });

  it('answers 400 naming a bad parameter, and 404 for an unknown zone', async () => {
    expect((await problem('?kind=gaps', 400)).detail).toBe('query parameter kind: expected one of gap, overlap, conflict, boundary');
    expect((await problem('?forumLoad=0', 400)).detail).toBe('query parameter forumLoad: expected at least 1');
    expect((await problem('?zone=nowhere', 404)).detail).toBe('zone "zone:nowhere" does not exist');
  });
});

describe('knooppunt findings', () => {
  let dataDir: string;
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [KNOOPPUNT_CLI, ...args], {
      cwd: repository,
      env: { ...process.env, KNOOPPUNT_DATA: dataDir },
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-cli-findings-'));
    await cli(['import', example]);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the findings as JSON with --json, filtered by --rule and --kind', async () => {
    const { stdout } = await cli(['findings', '--json', '--kind', 'gap', '--rule', 'GAP_NO_ZONE']);
    const printed = JSON.parse(stdout) as Finding[];
    expect(printed.map((f) => f.subject)).toEqual(['nis:93000', 'nis:93007']);
  });

  it('prints a readable table by default', async () => {
    const { stdout } = await cli(['findings', '--rule', 'OVERLAP_FORUM_LOAD']);
    expect(stdout).toContain('OVERLAP_FORUM_LOAD');
    expect(stdout).toContain('org:busy');
    expect(stdout).toContain('1 bevinding(en)');
  });

  it('exits 2 naming a bad option', async () => {
    await expect(cli(['findings', '--severity', 'urgent'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--severity: expected one of high, medium, low') });
  });
});
