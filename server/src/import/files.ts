// A dataset from the files of a CSV folder (or of a zip), given by base name.
import type { Dataset, DatasetManifest } from '../domain/dataset';
import { ImportErrorList, type ImportError } from '../domain/import-error';
import { readCsvTable } from './csv-table';
import { finishDataset } from './finish-dataset';
import { MANIFEST_FILE, readManifestFile } from './manifest';
import type { ParseOptions } from './parse-options';
import { emptyTables } from './rows';
import { CSV_FILE_NAMES, csvFileName, tableOfCsvFile } from './tables';

export interface DatasetFile {
  /** Base name, e.g. `offers.csv`. */
  name: string;
  bytes: Uint8Array;
}

const REQUIRED_FILE = csvFileName('municipalities');

/** Throws a DatasetValidationError with every error of every file. */
export function parseDatasetFiles(files: ReadonlyArray<DatasetFile>, options: ParseOptions = {}): Dataset {
  return parseFilesWith(files, new ImportErrorList(), options);
}

/** As parseDatasetFiles, reporting `errors` already found by the caller (the zip layout) together with its own. */
export function parseFilesWith(files: ReadonlyArray<DatasetFile>, errors: ImportError[], options: ParseOptions): Dataset {
  const tables = emptyTables(csvFileName);
  let manifest: DatasetManifest | undefined;
  let hasRequiredFile = false;
  for (const { name, bytes } of files) {
    if (name === MANIFEST_FILE) {
      manifest = readManifestFile(bytes, errors);
      continue;
    }
    // A README or licence often travels with a dataset; only CSV files are meant as tables.
    if (!/\.csv$/i.test(name)) continue;
    const table = tableOfCsvFile(name);
    if (table === undefined) {
      const message = `unknown file (expected one of: ${CSV_FILE_NAMES.join(', ')})`;
      errors.push({ file: name, line: 0, column: '', message });
      continue;
    }
    hasRequiredFile ||= name === REQUIRED_FILE;
    readCsvTable(table, bytes, tables, errors);
    options.onProgress?.({ phase: 'parse', file: name, rows: tables[table].rows.length });
  }
  if (!hasRequiredFile) {
    errors.push({ file: REQUIRED_FILE, line: 0, column: '', message: 'required file is missing' });
    tables.municipalities.complete = false;
  }
  return finishDataset(tables, manifest, errors, options);
}
