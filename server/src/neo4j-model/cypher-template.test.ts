import { describe, expect, it } from 'vitest';
import { cypherTemplate } from './cypher-library';

describe('cypherTemplate', () => {
  it('fills the holes of a script statement, without the file’s leading comment', () => {
    expect(cypherTemplate('export/script/dataset-marker', { importedAt: "'2025-01-01'", manifest: '' })).toBe(
      "MERGE (d:KnooppuntDataset {id: 'current'})\nSET d.importedAt = '2025-01-01'",
    );
  });

  it('leaves a hole-like text inside a value alone, and refuses a hole it has no value for', () => {
    expect(cypherTemplate('export/script/dataset-marker', { importedAt: "'{{manifest}}'", manifest: '' })).toContain("d.importedAt = '{{manifest}}'");
    expect(() => cypherTemplate('export/script/dataset-marker', { importedAt: "'x'" })).toThrow('cypher/export/script/dataset-marker.cypher: no value for {{manifest}}');
  });
});
