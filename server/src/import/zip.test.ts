import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from './files';
import { datasetFiles, validationErrors, VALID_FILES } from './test-support';
import { DEFAULT_UNZIP_LIMITS } from './unzip-bounded';
import { parseDatasetZip } from './zip';

const zipOf = (entries: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([path, text]) => [path, strToU8(text)])) as Zippable);

const under = (folder: string): Record<string, string> =>
  Object.fromEntries(Object.entries(VALID_FILES).map(([name, text]) => [`${folder}${name}`, text]));

describe('parseDatasetZip', () => {
  it('reads the CSV files at the root of the zip', () => {
    expect(parseDatasetZip(zipOf(VALID_FILES), 'dataset.zip')).toEqual(parseDatasetFiles(datasetFiles()));
  });

  it('reads the CSV files inside one top-level folder, ignoring macOS and dotfile extras', () => {
    const zip = zipOf({ ...under('knooppunt-demo/'), '__MACOSX/knooppunt-demo/._offers.csv': 'junk', 'knooppunt-demo/.DS_Store': 'junk', 'knooppunt-demo/README.md': '# demo' });
    expect(parseDatasetZip(zip, 'dataset.zip')).toEqual(parseDatasetFiles(datasetFiles()));
  });

  it('reports errors under the names of the files inside', () => {
    const zip = zipOf({ ...under('demo/'), 'demo/zones.csv': 'id,name\nelz-a,\n' });
    expect(validationErrors(() => parseDatasetZip(zip, 'dataset.zip'))).toEqual(['zones.csv:2: name: required value is missing']);
  });

  it('rejects CSV files in several folders or in a subfolder', () => {
    expect(validationErrors(() => parseDatasetZip(zipOf({ 'a/municipalities.csv': 'nis,name\n', 'b/zones.csv': 'id,name\n' }), 'dataset.zip'))).toEqual([
      'dataset.zip:0: : expected the CSV files at the root of the zip or inside one folder, found several folders: a/, b/',
    ]);
    expect(validationErrors(() => parseDatasetZip(zipOf({ ...VALID_FILES, 'old/offers.csv': 'id\n' }), 'dataset.zip'))).toEqual([
      'dataset.zip:0: : "old/offers.csv" is in a subfolder (expected every CSV file in the root of the zip)',
    ]);
  });

  it('rejects a file that is not a zip', () => {
    const [error] = validationErrors(() => parseDatasetZip(strToU8('nis,name\n'), 'dataset.zip'));
    expect(error).toMatch(/^dataset\.zip:0: : not a valid zip file \(.+\)$/);
  });

  it('requires municipalities.csv in an empty zip', () => {
    expect(validationErrors(() => parseDatasetZip(zipOf({}), 'dataset.zip'))).toEqual(['municipalities.csv:0: : required file is missing']);
  });

  it('refuses an entry that unpacks to more than the ratio allows, naming it', () => {
    const bomb = zipSync({ 'municipalities.csv': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const limits = { ...DEFAULT_UNZIP_LIMITS, ratioFloorBytes: 64 * 1024 };
    expect(validationErrors(() => parseDatasetZip(bomb, 'bomb.zip', {}, limits))).toEqual([
      'bomb.zip:0: : refused, a possible zip bomb: municipalities.csv unpacks to more than 32 times its compressed size',
    ]);
  });

  it('refuses entries that unpack to more than the total allows together', () => {
    const limits = { ...DEFAULT_UNZIP_LIMITS, maxTotalBytes: 1000 };
    const zip = zipOf({ 'municipalities.csv': 'x'.repeat(600), 'zones.csv': 'y'.repeat(600) });
    expect(validationErrors(() => parseDatasetZip(zip, 'big.zip', {}, limits))).toEqual([
      'big.zip:0: : refused, a possible zip bomb: the files unpack to more than 0 MiB together',
    ]);
  });

  it('reads an archive written as a stream (sizes only after the data)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, text] of Object.entries(VALID_FILES)) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
    expect(parseDatasetZip(bytes, 'streamed.zip')).toEqual(parseDatasetFiles(datasetFiles()));
  });

  it('rejects an archive cut short inside an entry', () => {
    const zip = zipSync({ 'municipalities.csv': strToU8('nis,name\n' + '11002,Antwerpen\n'.repeat(2000)) }, { level: 0 });
    const [error] = validationErrors(() => parseDatasetZip(zip.subarray(0, 5000), 'cut.zip'));
    expect(error).toMatch(/^cut\.zip:0: : not a valid zip file \((invalid zip data|municipalities\.csv is cut short .+)\)$/);
  });
});
