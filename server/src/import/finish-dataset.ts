// The last step of every entry point: cross-file checks, then either the dataset or every error at once.
import { DATASET_TABLES, type Dataset, type DatasetManifest, type DatasetTable } from '../domain/dataset';
import { DatasetValidationError, omittedErrors, type ImportError } from '../domain/import-error';
import { checkIntegrity } from './integrity';
import { MANIFEST_FILE } from './manifest';
import type { ParseOptions } from './parse-options';
import type { ParsedTables } from './rows';
import { csvFileName, type RowOf } from './tables';

/** Files in the order of docs/import-format.md, then the manifest, then anything else by name. */
const FILE_RANK = new Map<string, number>([
  ...DATASET_TABLES.map((table, rank) => [csvFileName(table), rank] as const),
  [MANIFEST_FILE, DATASET_TABLES.length],
]);
const rankOf = (file: string): number => FILE_RANK.get(file) ?? DATASET_TABLES.length + 1;

function sortImportErrors(errors: readonly ImportError[]): ImportError[] {
  // Array.prototype.sort is stable, so errors on one line keep the order they were found in (cells left to right).
  return [...errors].sort(
    (a, b) => rankOf(a.file) - rankOf(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line,
  );
}

/** Once there is no error every required field was read, so the partial rows are whole rows. */
const wholeRows = <T extends DatasetTable>(tables: ParsedTables, table: T): RowOf<T>[] => tables[table].rows as RowOf<T>[];

export function finishDataset(
  tables: ParsedTables,
  manifest: DatasetManifest | undefined,
  errors: ImportError[],
  options: ParseOptions,
): Dataset {
  checkIntegrity(tables, errors, options.onProgress);
  if (errors.length > 0) throw new DatasetValidationError(sortImportErrors(errors), omittedErrors(errors));
  return {
    ...(manifest === undefined ? {} : { manifest }),
    municipalities: wholeRows(tables, 'municipalities'),
    adjacency: wholeRows(tables, 'adjacency'),
    zones: wholeRows(tables, 'zones'),
    zone_members: wholeRows(tables, 'zone_members'),
    organisations: wholeRows(tables, 'organisations'),
    networks: wholeRows(tables, 'networks'),
    network_coverage: wholeRows(tables, 'network_coverage'),
    memberships: wholeRows(tables, 'memberships'),
    offers: wholeRows(tables, 'offers'),
    offer_serves: wholeRows(tables, 'offer_serves'),
    funding: wholeRows(tables, 'funding'),
  };
}
