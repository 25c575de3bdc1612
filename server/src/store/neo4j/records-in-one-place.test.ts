// "Records are converted in one place": outside queries/cypher-query.ts, no code of the Neo4j store reads a
// driver record (record.get, toObject, a result's records, or a result iterated record by record); it gets
// the rows its query declares (queries/*-queries.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));
const MAPPER = 'queries/cypher-query.ts';

/** Ways code reads a record by hand. */
const RECORD_READS: { name: string; pattern: RegExp }[] = [
  { name: 'record.get(…)', pattern: /\brecords?\b[^;\n]*\.get\(/ },
  { name: '.toObject()', pattern: /\.toObject\(/ },
  { name: 'a result\'s .records', pattern: /\.records\b|\{\s*records\s*\}/ },
  { name: 'records iterated', pattern: /for await \(const \w+ of \w+\.run\(/ },
];

function sources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split('\\').join('/');
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) files.set(file, readFileSync(join(root, file), 'utf8'));
  }
  return files;
}

function readsOf(text: string): string[] {
  return text.split('\n').flatMap((line) => RECORD_READS.filter(({ pattern }) => pattern.test(line)).map(({ name }) => name));
}

describe('records converted in one place', () => {
  const files = sources();

  it('finds the store\'s modules and the mapper\'s own record reads (the check would pass vacuously otherwise)', () => {
    expect([...files.keys()]).toEqual(expect.arrayContaining(['neo4j-store.ts', 'neo4j-findings.ts', 'neo4j-generations.ts', MAPPER]));
    expect(readsOf(files.get(MAPPER)!)).toEqual(expect.arrayContaining(['record.get(…)', "a result's .records", 'records iterated']));
  });

  it('recognises the hand conversions the store used to do', () => {
    expect(readsOf("const nis = record.get('nis') as string | null;")).toEqual(['record.get(…)']);
    expect(readsOf("return Number((await tx.run(query)).records[0]?.get('deleted') ?? 0) > 0;")).toEqual(['record.get(…)', "a result's .records"]);
    expect(readsOf("const { records } = await tx.run(cypher('snapshots/list'));")).toEqual(["a result's .records"]);
    expect(readsOf("for await (const record of tx.run(cypher('export/nodes'), { generation })) {")).toEqual(['records iterated']);
  });

  it('has no record read outside ' + MAPPER, () => {
    const outside = [...files].filter(([file]) => file !== MAPPER).flatMap(([file, text]) => readsOf(text).map((read) => `${file}: ${read}`));
    expect(outside).toEqual([]);
  });
});
