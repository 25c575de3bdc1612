import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/dataset';
import { EmbeddedStore } from './embedded-store';
import { STORE_FILE_NAME } from './store-file';

const dataset: Dataset = {
  manifest: { title: 'two villages' },
  municipalities: [
    { nis: '91001', name: 'Oosthoek', population: 1200 },
    { nis: '91002', name: 'Westhoek' },
  ],
  adjacency: [{ nis_a: '91002', nis_b: '91001' }],
  zones: [{ id: 'hoek', name: 'Zone Hoek' }],
  zone_members: [{ zone_id: 'hoek', nis: '91001' }],
  organisations: [{ id: 'caw', name: 'CAW Hoek', legal_form: 'nonprofit', sector: 'caw' }],
  networks: [],
  network_coverage: [],
  memberships: [],
  offers: [{ id: 'onthaal', org_id: 'caw', function: 'onthaal', nis: '91001', capacity: 3 }],
  offer_serves: [],
  funding: [{ nis: '91001', org_id: 'caw', year: 2025, amount: 1000.5 }],
};

describe('EmbeddedStore persistence', () => {
  let folder: string;
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reloads exactly what it saved, including the dataset description', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-store-'));
    const first = await EmbeddedStore.open(folder);
    await first.importDataset(dataset);
    const saved = await first.datasetInfo();
    await first.close();

    const second = await EmbeddedStore.open(folder);
    expect(await second.datasetInfo()).toEqual(saved);
    expect((await second.counts()).relationships).toBe(5);
    expect((await second.nodeDetail('nis:91002'))!.relationships.map((r) => r.relationship.id)).toEqual(['ADJACENT_TO:nis:91001->nis:91002']);
    expect(saved.manifest).toEqual({ title: 'two villages' });
  });

  it('leaves no temp file behind after a write', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-store-'));
    const store = await EmbeddedStore.open(folder);
    await store.importDataset(dataset);
    expect(await readdir(folder)).toEqual([STORE_FILE_NAME]);
  });

  it('removes, as the next writer, temp files a crashed writer left and ignores their content', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-store-'));
    const store = await EmbeddedStore.open(folder);
    await store.importDataset(dataset);
    await writeFile(join(folder, `${STORE_FILE_NAME}.999.abcdef.tmp`), '{"format":"knooppunt-embedded-store","ver');
    const reader = await EmbeddedStore.open(folder);
    expect((await readdir(folder)).sort()).toEqual([STORE_FILE_NAME, `${STORE_FILE_NAME}.999.abcdef.tmp`]);
    await reader.close();
    const reopened = await EmbeddedStore.open(folder, { exclusive: true });
    expect((await reopened.counts()).nodes).toBe(5);
    await reopened.close();
    expect(await readdir(folder)).toEqual([STORE_FILE_NAME]);
  });

  it('refuses a damaged store file with a message naming it, instead of loading half a graph', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-store-'));
    const store = await EmbeddedStore.open(folder);
    await store.importDataset(dataset);
    const file = join(folder, STORE_FILE_NAME);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    await expect(EmbeddedStore.open(folder)).rejects.toThrow(`embedded store ${file}: the file is incomplete`);
    await writeFile(file, 'hello\n');
    await expect(EmbeddedStore.open(folder)).rejects.toThrow('line 1 is not valid JSON');
  });
});
