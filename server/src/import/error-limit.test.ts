// The import keeps the first MAX_REPORTED_ERRORS errors and counts the rest, in every entry point.
import { describe, expect, it } from 'vitest';
import { GRAPH_DOCUMENT_FORMAT } from '../domain/graph-document';
import { DatasetValidationError, ImportErrorList, MAX_REPORTED_ERRORS } from '../domain/import-error';
import { parseDatasetFiles } from './files';
import { parseDatasetJson } from './json';
import { datasetFiles } from './test-support';

function thrownBy(parse: () => unknown): DatasetValidationError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DatasetValidationError) return error;
    throw error;
  }
  throw new Error('expected a DatasetValidationError, but the dataset was accepted');
}

/** The zone the other files refer to, then `count` zones whose name is missing: one error each. */
const namelessZones = (count: number): string => `id,name\nelz-a,ELZ A\n${Array.from({ length: count }, (_, index) => `zone-${index},`).join('\n')}\n`;

describe('the limit on reported import errors', () => {
  it('keeps the first errors and counts the rest of a CSV dataset', () => {
    const error = thrownBy(() => parseDatasetFiles(datasetFiles({ 'zones.csv': namelessZones(3 * MAX_REPORTED_ERRORS) })));
    expect(error.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(error.total).toBe(3 * MAX_REPORTED_ERRORS);
    expect(error.omitted).toBe(error.total - MAX_REPORTED_ERRORS);
    expect(error.errors[0]).toEqual({ file: 'zones.csv', line: 3, column: 'name', message: 'required value is missing' });
    expect(error.message).toMatch(/\nand 2,000 more errors not listed \(only the first 1,000 are\)$/);
  });

  it('keeps the first errors and counts the rest of a JSON dataset', () => {
    const zones = Array.from({ length: 2 * MAX_REPORTED_ERRORS }, (_, index) => ({ id: `zone-${index}` }));
    const error = thrownBy(() => parseDatasetJson(JSON.stringify({ municipalities: [], zones }), 'dataset.json'));
    expect(error.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(error.total).toBe(2 * MAX_REPORTED_ERRORS);
  });

  it('keeps the first errors and counts the rest of a graph document', () => {
    const knooppunt = { format: GRAPH_DOCUMENT_FORMAT, schemaVersion: 1 };
    const nodes = Array.from({ length: 3 * MAX_REPORTED_ERRORS }, (_, index) => ({ key: `zone:z-${index}`, attributes: { label: 'Zone', name: `Zone ${index}`, colour: 'red' } }));
    const text = `{"attributes":${JSON.stringify({ knooppunt })},"nodes":[\n${nodes.map((node) => JSON.stringify(node)).join(',\n')}\n]}`;
    const error = thrownBy(() => parseDatasetJson(text, 'export.json'));
    expect(error.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(error.total).toBe(3 * MAX_REPORTED_ERRORS);
    expect(error.errors[0]).toEqual({ file: 'export.json', line: 2, column: 'nodes[0].attributes.colour', message: 'unknown attribute (expected: label, name)' });
  });

  it('reports every error below the limit, with none omitted', () => {
    const error = thrownBy(() => parseDatasetFiles(datasetFiles({ 'zones.csv': namelessZones(10) })));
    expect(error.errors).toHaveLength(10);
    expect(error.omitted).toBe(0);
    expect(error.message).not.toMatch(/not listed/);
  });

  it('makes plain arrays when mapped, so a copy is not capped again', () => {
    const list = new ImportErrorList(1);
    list.push({ file: 'a', line: 1, column: '', message: 'x' }, { file: 'a', line: 2, column: '', message: 'y' });
    expect(list.map((error) => error.line)).toEqual([1]);
    expect(list.map((error) => error.line)).not.toBeInstanceOf(ImportErrorList);
    expect(list.omitted).toBe(1);
  });
});
