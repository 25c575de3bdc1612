import neo4j, { Record as Neo4jRecord, type Result } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../../neo4j-model/cypher-library';
import { findingQuery } from './finding-queries';
import { generationQueries } from './generation-queries';
import { graphQueries } from './graph-queries';
import { snapshotQueries } from './snapshot-queries';
import { firstRow, mapRecord, QueryRowError, runQuery, streamRows, type CypherQuery, type QueryRunner } from './cypher-query';

function record(fields: Record<string, unknown>): Neo4jRecord {
  return new Neo4jRecord(Object.keys(fields), Object.values(fields));
}

/** The error mapRecord throws for this row, or a failure when it throws none. */
function rowError<Row>(query: CypherQuery<Row>, fields: Record<string, unknown>, index = 0): QueryRowError {
  try {
    mapRecord(query, record(fields), index);
  } catch (error) {
    if (error instanceof QueryRowError) return error;
    throw error;
  }
  throw new Error('the row was accepted');
}

/** Runs no Cypher: hands back these records for whatever it is asked, and keeps what it was asked. */
function fakeRunner(records: Neo4jRecord[]): QueryRunner & { asked: { text: string; parameters: unknown }[] } {
  const asked: { text: string; parameters: unknown }[] = [];
  return {
    asked,
    run: (text: unknown, parameters: unknown) => {
      asked.push({ text: String(text), parameters });
      const result = {
        then: (resolve: (value: { records: Neo4jRecord[] }) => unknown) => Promise.resolve({ records }).then(resolve),
        async *[Symbol.asyncIterator]() {
          yield* records;
        },
      };
      return result as unknown as Result;
    },
  };
}

const zone = { id: 'zone:a', name: 'Zone A', municipalityCount: 3, hasZorgraad: true };

describe('mapRecord', () => {
  it('gives the declared row', () => {
    expect(mapRecord(graphQueries.zones, record(zone), 0)).toEqual(zone);
  });

  it('names the query file, the row and the field of a wrongly typed value', () => {
    const error = rowError(graphQueries.zones, { ...zone, municipalityCount: '3' }, 4);
    expect(error.message).toBe(
      'cypher/queries/zones.cypher returned a row Knooppunt cannot read: row 5, municipalityCount: expected an integer within ±(2^53 − 1), got the text "3"',
    );
    expect([error.query, error.field]).toEqual(['queries/zones', 'municipalityCount']);
  });

  it('names a nested field by its path', () => {
    const row = { id: 'nis:11001', municipalities: [{ id: 'nis:11001', name: 'Aartselaar', zones: ['zone:a', 7] }] };
    const error = rowError(graphQueries.nodeReach, row);
    expect(error.field).toBe('municipalities[0].zones[1]');
    expect(error.message).toContain('cypher/queries/node-reach.cypher');
    expect(error.message).toContain('expected string, received number');
  });

  it('names a column the query no longer returns', () => {
    const { hasZorgraad: _gone, ...rest } = zone;
    const error = rowError(graphQueries.zones, rest);
    expect(error.field).toBe('hasZorgraad');
    expect(error.message).toContain('received undefined');
  });

  it('names a column the declaration does not know', () => {
    const error = rowError(graphQueries.zones, { ...zone, population: 12 });
    expect(error.field).toBe('population');
    expect(error.message).toContain("not declared in the query's row (got number 12)");
  });

  it('refuses a value outside its enumeration', () => {
    const row = { subject: 'nis:11001', key: '', severity: 'urgent', related: [], evidence: {} };
    const error = rowError(findingQuery('GAP_NO_ZONE'), row);
    expect(error.message).toContain('cypher/findings/gap-no-zone.cypher');
    expect(error.field).toBe('severity');
  });

  it('turns node and relationship maps into domain values, internal properties left out', () => {
    const node = { id: 'nis:11001', labels: ['KnooppuntNode', 'Municipality'], properties: { id: 'nis:11001', name: 'Aartselaar', nis: '11001', searchName: 'aartselaar', generation: 'g1' } };
    expect(mapRecord(graphQueries.exportNodes, record(node), 0)).toEqual({ id: 'nis:11001', label: 'Municipality', properties: { name: 'Aartselaar', nis: '11001' } });
    const relationship = { id: 'r1', type: 'IN_ZONE', from: 'nis:11001', to: 'zone:a', properties: { id: 'r1' } };
    expect(mapRecord(graphQueries.exportRelationships, record(relationship), 0)).toEqual({ id: 'r1', type: 'IN_ZONE', from: 'nis:11001', to: 'zone:a', properties: {} });
    expect(rowError(graphQueries.exportNodes, { ...node, properties: ['not', 'a', 'map'] }).message).toContain('properties: expected a map, got a list');
  });
});

describe('integers', () => {
  const deleted = (value: unknown) => mapRecord(snapshotQueries.delete, record({ deleted: value }), 0).deleted;

  it('takes plain numbers, Integer objects and bigints that a number holds exactly', () => {
    expect(deleted(3)).toBe(3);
    expect(deleted(neo4j.int(42))).toBe(42);
    expect(deleted(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(deleted(42n)).toBe(42);
    expect(deleted(-(2n ** 53n) + 1n)).toBe(-(2 ** 53) + 1);
  });

  it('refuses integers past 2^53, whether the driver rounded them (disableLosslessIntegers) or not', () => {
    // 2^53 + 1 arrives as 2^53 from a driver told to give numbers: refused rather than used rounded.
    expect(rowError(snapshotQueries.delete, { deleted: Number(2n ** 53n + 1n) }).message).toContain('deleted: expected an integer within ±(2^53 − 1), got number 9007199254740992');
    expect(rowError(snapshotQueries.delete, { deleted: neo4j.int('9007199254740993') }).message).toContain('got Neo4j Integer 9007199254740993');
    expect(rowError(snapshotQueries.delete, { deleted: 2n ** 53n }).field).toBe('deleted');
  });

  it('refuses fractions and null where an integer is declared', () => {
    expect(rowError(snapshotQueries.delete, { deleted: 1.5 }).message).toContain('got number 1.5');
    expect(rowError(snapshotQueries.delete, { deleted: null }).message).toContain('got null');
  });

  it('reads a marker adopted before importedAt was text as the time its milliseconds stand for', () => {
    const marker = { generation: 'g1', revision: 2, importedAt: Date.UTC(2025, 2, 1, 10), manifest: null, counts: null };
    expect(mapRecord(generationQueries.published, record(marker), 0).importedAt).toBe('2025-03-01T10:00:00.000Z');
  });
});

describe('running a query', () => {
  it('sends the text of the declared file and maps every record', async () => {
    const runner = fakeRunner([record(zone), record({ ...zone, id: 'zone:b' })]);
    expect((await runQuery(runner, graphQueries.zones, { generation: 'g1' })).map((row) => row.id)).toEqual(['zone:a', 'zone:b']);
    expect(runner.asked).toEqual([{ text: cypher('queries/zones'), parameters: { generation: 'g1' } }]);
  });

  it('gives the first row, or undefined for none', async () => {
    expect(await firstRow(fakeRunner([record(zone)]), graphQueries.zones)).toEqual(zone);
    expect(await firstRow(fakeRunner([]), graphQueries.zones)).toBeUndefined();
  });

  it('streams rows one by one and names the row that is wrong', async () => {
    const runner = fakeRunner([record(zone), record({ ...zone, name: null })]);
    const seen: string[] = [];
    const reading = (async () => {
      for await (const row of streamRows(runner, graphQueries.zones)) seen.push(row.id);
    })();
    await expect(reading).rejects.toThrow('cypher/queries/zones.cypher returned a row Knooppunt cannot read: row 2, name:');
    expect(seen).toEqual(['zone:a']);
  });
});
