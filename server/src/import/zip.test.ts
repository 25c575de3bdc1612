import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from './files';
import { datasetFiles, validationErrors, VALID_FILES } from './test-support';
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
});
