// The formats of `GET /api/export` and `knooppunt export` (docs/api.md), and the file name a download gets.
import { bareId } from './ids';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV export is a zip of several tables; the Cypher export a script for cypher-shell or Neo4j Browser. */
export const EXPORT_FILE_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: 'json',
  graphml: 'graphml',
  gexf: 'gexf',
  csv: 'zip',
  cypher: 'cypher',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * `knooppunt-<zone slug or vlaanderen>-<yyyy-mm-dd>.<extension>`, dated by the export's own time (UTC).
 * @example exportFileName('zone:amalo', '2025-03-01T10:00:00.000Z', 'csv') // → 'knooppunt-amalo-2025-03-01.zip'
 */
export function exportFileName(zoneId: string | undefined, exportedAt: string, format: ExportFormat): string {
  return `knooppunt-${zoneId === undefined ? 'vlaanderen' : bareId(zoneId)}-${exportedAt.slice(0, 10)}.${EXPORT_FILE_EXTENSIONS[format]}`;
}
