import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvSyntaxError } from './csv';

interface Read {
  records: { line: number; fields: string[] }[];
  errors: CsvSyntaxError[];
}

function read(text: string): Read {
  const records: Read['records'] = [];
  const errors = parseCsv(text, (fields, line) => records.push({ line, fields }));
  return { records, errors };
}

describe('parseCsv', () => {
  it('splits plain records and numbers them from the header on line 1', () => {
    expect(read('a,b\n1,2\n3,\n').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', ''] },
    ]);
  });

  it('reads a last record without a line end', () => {
    expect(read('a,b\n1,2').records.at(-1)).toEqual({ line: 2, fields: ['1', '2'] });
  });

  it('reads quoted fields holding commas, doubled quotes and newlines', () => {
    expect(read('name,note\n"Zone, Noord","zei ""ja""\nen ging"\n').records[1]).toEqual({
      line: 2,
      fields: ['Zone, Noord', 'zei "ja"\nen ging'],
    });
    expect(read('a\n""\n"x"""\n').records.map((record) => record.fields)).toEqual([['a'], [''], ['x"']]);
  });

  it('numbers records after a multi-line quoted field by their physical line', () => {
    const { records } = read('id,note\n1,"one\ntwo\nthree"\n2,plain\n3,"x\r\ny"\r\n4,z\n');
    expect(records.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'id'],
      [2, '1'],
      [5, '2'],
      [6, '3'],
      [8, '4'],
    ]);
  });

  it('reads CRLF line ends without keeping the CR', () => {
    expect(read('a,b\r\n1,"2"\r\n3,4\r\n').records.map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('drops blank lines at the end but passes blank lines between records on', () => {
    expect(read('a,b\n1,2\n\n \r\n\n').records).toHaveLength(2);
    expect(read('a,b\n\n1,2\n').records.map((record) => record.fields)).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('tolerates spaces around a quoted field', () => {
    expect(read('a,b\n  "x" , "y"\n').records[1]?.fields).toEqual(['x', 'y']);
  });

  it('reports syntax errors on their line, leaves the record out and reads on', () => {
    const { records, errors } = read('a,b\n1,x"y\n2,"x"y\n3,"ok\nstill"\n4,fine\n5,"never closed\n6,lost\n');
    expect(records.map((record) => record.fields[0])).toEqual(['a', '3', '4']);
    expect(errors).toEqual([
      { line: 2, message: expect.stringContaining('a quote inside an unquoted field') },
      { line: 3, message: expect.stringContaining('text after a closing quote') },
      { line: 7, message: expect.stringContaining('a quoted field is never closed') },
    ]);
  });

  it('reads back what a conforming writer wrote', () => {
    const quote = (field: string): string => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é') });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom('\n', '\r\n'), (written, lineEnd) => {
        const records = [['x', 'y'], ...written];
        const text = records.map((row) => row.map(quote).join(',')).join(lineEnd) + lineEnd;
        const { records: readBack, errors } = read(text);
        expect(errors).toEqual([]);
        expect(readBack.map((record) => record.fields)).toEqual(records);
        const physicalLines = records.map((row) => row.join('').split('\n').length);
        const startLines = physicalLines.map((_, index) => 1 + physicalLines.slice(0, index).reduce((sum, lines) => sum + lines, 0));
        expect(readBack.map((record) => record.line)).toEqual(startLines);
      }),
    );
  });
});
