import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetValidationError, formatImportError } from '../domain/import-error';
import { readDataset } from './read-dataset';

const EXAMPLE = fileURLToPath(new URL('../../../fixtures/examples/example1/', import.meta.url));

async function errorsOf(path: string): Promise<string[]> {
  const error: unknown = await readDataset(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof DatasetValidationError) return error.errors.map(formatImportError);
  throw new Error(`expected a DatasetValidationError, got ${String(error)}`);
}

/** The example's CSV text as the JSON document, every cell a string and every empty cell null. */
async function exampleAsJson(): Promise<string> {
  const tables: Record<string, Record<string, string | null>[]> = {};
  for (const name of await readdir(EXAMPLE)) {
    // The example has no quoted fields, so splitting lines on commas reads it exactly.
    const [header = '', ...lines] = (await readFile(join(EXAMPLE, name), 'utf8')).split(/\r?\n/).filter((line) => line !== '');
    const columns = header.split(',');
    tables[name.replace(/\.csv$/, '')] = lines.map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(columns.map((column, index) => [column, cells[index] === '' ? null : (cells[index] ?? null)]));
    });
  }
  return JSON.stringify(tables, null, 2);
}

describe('readDataset', () => {
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'knooppunt-import-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('reads the worked example with every row of every file', async () => {
    const dataset = await readDataset(EXAMPLE);
    const counts = Object.fromEntries(Object.entries(dataset).map(([table, rows]) => [table, (rows as unknown[]).length]));
    expect(counts).toEqual({
      municipalities: 8,
      adjacency: 11,
      zones: 2,
      zone_members: 8,
      organisations: 19,
      networks: 8,
      network_coverage: 22,
      memberships: 23,
      offers: 31,
      offer_serves: 8,
      funding: 17,
    });
    // Two years of funding from one municipality to one organisation stay two rows: the rules add them up.
    expect(dataset.funding.filter((row) => row.nis === '93004' && row.org_id === 'org1')).toEqual([
      { nis: '93004', org_id: 'org1', year: 2024, amount: 33000, kind: 'subsidie' },
      { nis: '93004', org_id: 'org1', year: 2023, amount: 1000, kind: 'subsidie' },
    ]);
  });

  it('gives the same dataset from the folder, its zip and the equivalent JSON document', async () => {
    const fromFolder = await readDataset(EXAMPLE);
    const entries = await readdir(EXAMPLE);
    const zip = zipSync(Object.fromEntries(await Promise.all(entries.map(async (name) => [`example1/${name}`, await readFile(join(EXAMPLE, name))]))));
    await writeFile(join(scratch, 'example1.zip'), zip);
    await writeFile(join(scratch, 'example1.json'), await exampleAsJson());
    expect(await readDataset(join(scratch, 'example1.zip'))).toEqual(fromFolder);
    expect(await readDataset(join(scratch, 'example1.json'))).toEqual(fromFolder);
  });

  it('reads manifest.json beside the CSV files and skips other documents', async () => {
    const folder = join(scratch, 'with-manifest');
    await mkdir(folder);
    await writeFile(join(folder, 'municipalities.csv'), 'nis,name\n11001,Aartselaar\n');
    await writeFile(join(folder, 'manifest.json'), '{"title": "Eén gemeente"}');
    await writeFile(join(folder, 'README.md'), '# not a table');
    const dataset = await readDataset(folder);
    expect(dataset.manifest).toEqual({ title: 'Eén gemeente' });
    expect(dataset.municipalities).toEqual([{ nis: '11001', name: 'Aartselaar' }]);
  });

  it('reports a missing path, another kind of file and a JSON file that is not UTF-8', async () => {
    const missing = join(scratch, 'nowhere');
    expect(await errorsOf(missing)).toEqual([`${missing}:0: : no such file or directory`]);
    await writeFile(join(scratch, 'dataset.xlsx'), 'PK');
    expect(await errorsOf(join(scratch, 'dataset.xlsx'))).toEqual([
      'dataset.xlsx:0: : not a dataset (expected a folder of CSV files, a .zip of that folder or a .json document)',
    ]);
    await writeFile(join(scratch, 'latin1.json'), Buffer.from([0x7b, 0x0a, 0x22, 0xe9, 0x22]));
    expect(await errorsOf(join(scratch, 'latin1.json'))).toEqual([
      'latin1.json:2: : not valid UTF-8 (byte 0xE9, perhaps Windows-1252 or Latin-1): save the file as UTF-8',
    ]);
  });
});
