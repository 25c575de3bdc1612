// A dataset from the JSON document `{"municipalities": [...], ..., "manifest": {...}}` (docs/import-format.md), or
// from Knooppunt's own JSON graph export (docs/import-format.md), told apart by its graph attributes.
import { DATASET_TABLES, type Dataset, type DatasetManifest } from '../domain/dataset';
import { DatasetValidationError, ImportErrorList, type ImportError } from '../domain/import-error';
import { decodeText } from './decode';
import { finishDataset } from './finish-dataset';
import { isGraphDocument, readGraphDocument } from './graph-document';
import { outlineJson } from './json-outline';
import { isJsonObject, readJsonTable } from './json-table';
import { parseJsonText, tooDeepMessage } from './json-text';
import { validateManifest } from './manifest';
import type { ParseOptions } from './parse-options';
import { emptyTables } from './rows';
import { isDatasetTable } from './tables';

const MANIFEST_KEY = 'manifest';
const TOP_LEVEL_KEYS = [...DATASET_TABLES, MANIFEST_KEY].join(', ');

/** Throws a DatasetValidationError with every error; `fileName` (a base name) is the file errors name. */
export function parseDatasetJson(text: string, fileName: string, options: ParseOptions = {}): Dataset {
  const errors: ImportError[] = new ImportErrorList();
  const parsed = parseJsonText(text, fileName, errors);
  if (parsed === undefined) throw new DatasetValidationError(errors);
  const outline = outlineJson(text);
  const document = parsed.value;
  const report = (line: number, column: string, message: string): void => {
    errors.push({ file: fileName, line, column, message });
  };
  if (outline.tooDeepLine !== undefined) {
    report(outline.tooDeepLine, '', tooDeepMessage);
    throw new DatasetValidationError(errors);
  }
  if (!isJsonObject(document)) {
    report(outline.rootLine, '', `expected an object with one array per table (${TOP_LEVEL_KEYS})`);
    throw new DatasetValidationError(errors);
  }
  for (const { key, line, firstLine } of outline.repeated) {
    report(line, key, `appears more than once (first on line ${firstLine})`);
  }
  if (isGraphDocument(document)) return readGraphDocument(document, outline, fileName, errors, options);

  const tables = emptyTables(() => fileName);
  let manifest: DatasetManifest | undefined;
  for (const [key, value] of Object.entries(document)) {
    const place = outline.properties.get(key) ?? { line: outline.rootLine, elementLines: [] };
    if (key === MANIFEST_KEY) {
      manifest = validateManifest(value, { file: fileName, line: place.line, prefix: MANIFEST_KEY }, errors);
    } else if (isDatasetTable(key)) {
      readJsonTable(key, value, place, tables, errors);
      options.onProgress?.({ phase: 'parse', file: fileName, rows: tables[key].rows.length });
    } else report(place.line, key, `unknown table (expected one of: ${TOP_LEVEL_KEYS})`);
  }
  if (!Object.hasOwn(document, 'municipalities')) {
    report(0, 'municipalities', 'required table is missing');
    tables.municipalities.complete = false;
  }
  return finishDataset(tables, manifest, errors, options);
}

/** The JSON document as bytes (a file, an upload): a BOM or bad UTF-8 is an error like any other. */
export function parseDatasetJsonBytes(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Dataset {
  const errors: ImportError[] = new ImportErrorList();
  const text = decodeText(fileName, bytes, 'JSON', errors);
  if (text === undefined) throw new DatasetValidationError(errors);
  return parseDatasetJson(text, fileName, options);
}
