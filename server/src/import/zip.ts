// A dataset from a zip of the CSV folder: the files at the root of the zip, or inside its one top-level
// folder (what "compress this folder" makes), leaving out what archivers add on their own.
import type { Dataset } from '../domain/dataset';
import { DatasetValidationError, ImportErrorList, type ImportError } from '../domain/import-error';
import { parseFilesWith, type DatasetFile } from './files';
import type { ParseOptions } from './parse-options';
import { unzipBounded, UnzipRefusal, type UnzipLimits } from './unzip-bounded';

/** Directory entries, macOS resource forks and dotfiles (`.DS_Store`) are not part of the dataset. */
function isDatasetEntry(path: string): boolean {
  if (path.endsWith('/')) return false;
  return path.split('/').every((segment) => segment !== '__MACOSX' && !segment.startsWith('.'));
}

/**
 * Throws a DatasetValidationError with every error, also for a file that is not a zip and for one that
 * unpacks past `limits` (see unzip-bounded).
 */
export function parseDatasetZip(bytes: Uint8Array, fileName: string, options: ParseOptions = {}, limits?: UnzipLimits): Dataset {
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipBounded(bytes, isDatasetEntry, limits);
  } catch (error) {
    if (!(error instanceof UnzipRefusal)) throw error;
    const message = error.tooLarge ? `refused, a possible zip bomb: ${error.message}` : `not a valid zip file (${error.message})`;
    throw new DatasetValidationError([{ file: fileName, line: 0, column: '', message }]);
  }

  const paths = [...entries.keys()];
  const folders = new Set(paths.map((path) => path.slice(0, path.indexOf('/') + 1)));
  // With files at the root the root is the dataset; otherwise the one folder everything is in.
  const base = folders.has('') ? '' : [...folders][0] ?? '';
  if (folders.size > 1 && base !== '') {
    const found = [...folders].sort().join(', ');
    const message = `expected the CSV files at the root of the zip or inside one folder, found several folders: ${found}`;
    throw new DatasetValidationError([{ file: fileName, line: 0, column: '', message }]);
  }

  const errors: ImportError[] = new ImportErrorList();
  const files: DatasetFile[] = [];
  for (const [path, content] of entries) {
    const name = path.slice(base.length);
    if (!name.includes('/')) files.push({ name, bytes: content });
    else if (/\.csv$/i.test(name)) {
      // A CSV file in a subfolder is most likely a table put in the wrong place, not something to ignore.
      const where = base === '' ? 'the root of the zip' : `"${base}"`;
      const message = `"${path}" is in a subfolder (expected every CSV file in ${where})`;
      errors.push({ file: fileName, line: 0, column: '', message });
    }
  }
  return parseFilesWith(files, errors, options);
}
