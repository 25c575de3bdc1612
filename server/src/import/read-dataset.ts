// A dataset from disk: a CSV folder, a zip of it, or the JSON document. The only module of the import that does I/O.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Dataset } from '../domain/dataset';
import { DatasetValidationError } from '../domain/import-error';
import { parseDatasetFiles } from './files';
import { parseDatasetJsonBytes } from './json';
import { MANIFEST_FILE } from './manifest';
import type { ParseOptions } from './parse-options';
import { parseDatasetZip } from './zip';

const fail = (file: string, message: string): never => {
  throw new DatasetValidationError([{ file, line: 0, column: '', message }]);
};

/** Only the files the import reads: tables (known or not, to report the unknown ones) and the manifest. */
const isDatasetFile = (entry: Dirent): boolean =>
  (entry.isFile() || entry.isSymbolicLink()) &&
  !entry.name.startsWith('.') &&
  (/\.csv$/i.test(entry.name) || entry.name === MANIFEST_FILE);

async function readFolder(path: string, options: ParseOptions): Promise<Dataset> {
  const entries = (await readdir(path, { withFileTypes: true })).filter(isDatasetFile);
  const files = await Promise.all(
    entries.map(async (entry) => ({ name: entry.name, bytes: await readFile(join(path, entry.name)) })),
  );
  return parseDatasetFiles(files, options);
}

/**
 * Reads `path` (a directory, a `.zip` or a `.json` file). Throws a DatasetValidationError with every
 * error of the dataset, or with one error when the path is missing or of another kind.
 */
export async function readDataset(path: string, options: ParseOptions = {}): Promise<Dataset> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? fail(path, 'no such file or directory') : Promise.reject(error),
  );
  if (info.isDirectory()) return readFolder(path, options);

  const name = basename(path);
  const extension = extname(name).toLowerCase();
  if (extension === '.zip') return parseDatasetZip(await readFile(path), name, options);
  if (extension === '.json') return parseDatasetJsonBytes(await readFile(path), name, options);
  return fail(name, 'not a dataset (expected a folder of CSV files, a .zip of that folder or a .json document)');
}
