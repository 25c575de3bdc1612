import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, isExportFormat } from './export-format';

describe('export file names', () => {
  it('names the zone (or vlaanderen for the whole graph), the UTC date of the export and the extension', () => {
    expect(exportFileName('zone:amalo', '2025-03-01T23:30:00.000Z', 'graphml')).toBe('knooppunt-amalo-2025-03-01.graphml');
    expect(exportFileName(undefined, '2025-03-01T10:00:00.000Z', 'json')).toBe('knooppunt-vlaanderen-2025-03-01.json');
    expect(exportFileName(undefined, '2025-03-01T10:00:00.000Z', 'csv')).toBe('knooppunt-vlaanderen-2025-03-01.zip');
    expect(exportFileName('zone:west', '2025-03-01T10:00:00.000Z', 'cypher')).toBe('knooppunt-west-2025-03-01.cypher');
    expect(exportFileName('zone:west', '2025-03-01T10:00:00.000Z', 'gexf')).toBe('knooppunt-west-2025-03-01.gexf');
  });

  it('knows exactly the five formats', () => {
    expect(EXPORT_FORMATS.filter(isExportFormat)).toEqual(['json', 'graphml', 'gexf', 'csv', 'cypher']);
    expect(isExportFormat('xml')).toBe(false);
    expect(isExportFormat('')).toBe(false);
  });
});
