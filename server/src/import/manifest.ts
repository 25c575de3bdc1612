// The optional dataset manifest (`manifest.json` beside the CSV files, or `manifest` in the JSON document).
import type { DatasetManifest } from '../domain/dataset';
// Strict, as for CSV columns (domain/dataset.schema.ts): a misspelt `ilustrative` is an error.
import { datasetManifestSchema } from '../domain/dataset.schema';
import type { ImportError } from '../domain/import-error';
import { decodeText } from './decode';
import { lineAt, parseJsonText } from './json-text';
import { fieldIssues, fieldPath } from './schema-issues';

export const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest, or undefined after pushing what is wrong with it. Errors are reported on `line` (where
 * the manifest object starts) with the field as column, prefixed by `prefix` (`manifest` in a JSON document).
 */
export function validateManifest(
  value: unknown,
  place: { file: string; line: number; prefix: string },
  errors: ImportError[],
): DatasetManifest | undefined {
  const result = datasetManifestSchema.safeParse(value);
  if (result.success) return result.data;
  for (const { path, message } of fieldIssues(result.error.issues)) {
    errors.push({ file: place.file, line: place.line, column: fieldPath(place.prefix, path), message });
  }
  return undefined;
}

export function readManifestFile(bytes: Uint8Array, errors: ImportError[]): DatasetManifest | undefined {
  const text = decodeText(MANIFEST_FILE, bytes, 'JSON', errors);
  const parsed = text === undefined ? undefined : parseJsonText(text, MANIFEST_FILE, errors);
  if (parsed === undefined || text === undefined) return undefined;
  const line = lineAt(text, text.search(/\S|$/));
  return validateManifest(parsed.value, { file: MANIFEST_FILE, line, prefix: '' }, errors);
}
