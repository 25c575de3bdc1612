import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from './files';
import { parseDatasetJson } from './json';
import { datasetFiles, validationErrors } from './test-support';

const errorsOf = (text: string): string[] => validationErrors(() => parseDatasetJson(text, 'dataset.json'));

/** One object per line, so a row's line is easy to read off. */
const document = (tables: Record<string, unknown[]>): string =>
  `{\n${Object.entries(tables)
    .map(([table, rows]) => `"${table}": [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`)
    .join(',\n')}\n}`;

const municipalities = [
  { nis: '11001', name: 'Aartselaar' },
  { nis: 11002, name: 'Antwerpen', population: '530000', region: null },
];

describe('parseDatasetJson', () => {
  it('reads the tables with the CSV column names as keys', () => {
    const text = document({ municipalities, networks: [{ id: 'gbo-a', type: 'GBO', name: 'GBO', governance_model: true, directed_by_nis: 11001 }] });
    const dataset = parseDatasetJson(text, 'dataset.json');
    expect(dataset.municipalities).toEqual([
      { nis: '11001', name: 'Aartselaar' },
      { nis: '11002', name: 'Antwerpen', population: 530000 },
    ]);
    expect(dataset.networks).toEqual([{ id: 'gbo-a', type: 'GBO', name: 'GBO', governance_model: true, directed_by_nis: '11001' }]);
  });

  it('gives the same dataset as the CSV files it was written from', () => {
    const fromCsv = parseDatasetFiles(datasetFiles());
    expect(parseDatasetJson(JSON.stringify(fromCsv, null, 2), 'dataset.json')).toEqual(fromCsv);
  });

  it('returns the manifest and reports its errors with the manifest prefix', () => {
    const manifest = { title: 'Demo', sources: ['Statbel'] };
    expect(parseDatasetJson(JSON.stringify({ municipalities, manifest }), 'dataset.json').manifest).toEqual(manifest);
    expect(errorsOf('{\n"municipalities": [],\n"manifest": {\n"sources": ["a", 2]\n}\n}')).toEqual([
      'dataset.json:3: manifest.sources[1]: Invalid input: expected string, received number',
    ]);
  });

  it('reports invalid JSON with its line', () => {
    expect(errorsOf('{\n"municipalities": [\n{"nis": "11001" "name": "A"}\n]\n}')).toEqual(['dataset.json:3: : not valid JSON: comma expected']);
    expect(errorsOf('{"municipalities": [], // note\n}')).toEqual(['dataset.json:1: : not valid JSON: invalid comment token']);
    expect(errorsOf('')).toEqual(['dataset.json:1: : not valid JSON: value expected']);
  });

  it('rejects a BOM', () => {
    expect(errorsOf('\uFEFF{"municipalities": []}')).toEqual(['dataset.json:1: : the file starts with a byte order mark (BOM): save it as UTF-8 without BOM']);
  });

  it('rejects a document that is not an object of tables', () => {
    expect(errorsOf('\n[]')).toEqual([
      'dataset.json:2: : expected an object with one array per table (municipalities, adjacency, zones, zone_members, organisations, networks, network_coverage, memberships, offers, offer_serves, funding, manifest)',
    ]);
  });

  it('requires the municipalities table', () => {
    expect(errorsOf('{"zones": []}')).toEqual(['dataset.json:0: municipalities: required table is missing']);
  });

  it('rejects an unknown table, a table that is not an array and a table given twice', () => {
    expect(errorsOf('{\n"municipalities": [],\n"offer": [],\n"zones": {},\n"municipalities": []\n}')).toEqual([
      'dataset.json:3: offer: unknown table (expected one of: municipalities, adjacency, zones, zone_members, organisations, networks, network_coverage, memberships, offers, offer_serves, funding, manifest)',
      'dataset.json:4: zones: expected an array of rows',
      'dataset.json:5: municipalities: appears more than once (first on line 2)',
    ]);
  });

  it('rejects a row that is not an object, naming its index', () => {
    expect(errorsOf(document({ municipalities: [...municipalities, ['11004', 'Boechout']] }))).toEqual([
      'dataset.json:5: municipalities[2]: expected an object with one field per column',
    ]);
  });

  it('rejects an unknown field and a nested value', () => {
    expect(errorsOf(document({ municipalities: [{ nis: '11001', name: 'A', inwoners: 3 }, { nis: '11002', name: { nl: 'B' } }] }))).toEqual([
      'dataset.json:3: inwoners: unknown field (expected: nis, name, province, region, population, children_0_3, children_3_12)',
      'dataset.json:4: name: expected a string, number, boolean or null',
    ]);
  });

  it('applies the cell rules of the CSV files, on the line where the row starts', () => {
    const text = document({
      municipalities: [{ nis: 1100, name: 'A' }, { nis: '11002', name: null, population: -1 }, { nis: '11001', name: 'C', children_0_3: 'some' }],
      zones: [{ id: 'elz-a', name: 'Zone' }],
      zone_members: [{ zone_id: 'elz-b', nis: '11002' }],
    });
    expect(errorsOf(text)).toEqual([
      'dataset.json:3: nis: malformed NIS "1100" (expected 5 digits)',
      'dataset.json:4: name: required value is missing',
      'dataset.json:4: population: negative number "-1" (expected 0 or more)',
      'dataset.json:5: children_0_3: not a number "some"',
      'dataset.json:11: zone_id: unknown zone "elz-b"',
    ]);
  });

  it('reports the line of a row that spans several lines', () => {
    const text = '{\n  "municipalities": [\n    {\n      "nis": "11001",\n      "name": "A"\n    },\n    {\n      "nis": "11001",\n      "name": "B"\n    }\n  ]\n}';
    expect(errorsOf(text)).toEqual(['dataset.json:7: nis: duplicate id "11001" (first on line 3)']);
  });

  it('reads escaped keys and strings holding brackets', () => {
    const text = '{"munic\\u0069palities": [{"nis": "11001", "name": "A [noord] {x} \\"y\\""}],\n"zones": [{"id": "z", "name": "]"}, {"id": "z", "name": "Z"}]}';
    expect(errorsOf(text)).toEqual(['dataset.json:2: id: duplicate id "z" (first on line 2)']);
  });

  it('refuses unclosed nesting a million deep as too deep, on its line', () => {
    expect(errorsOf(`{\n"municipalities": ${'['.repeat(1_000_000)}`)).toEqual([
      'dataset.json:2: : not valid JSON: nested deeper than 64 levels of arrays and objects (a dataset needs a handful)',
    ]);
  });

  it('refuses valid JSON nested too deep, on the line where it goes too deep', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    expect(errorsOf(`{\n"municipalities": [],\n"zones": ${deep}\n}`)).toEqual([
      'dataset.json:3: : nested deeper than 64 levels of arrays and objects (a dataset needs a handful)',
    ]);
  });
});
