import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../domain/graph';
import { CYPHER_BATCH_SIZE, cypherWriter } from './cypher-export';
import { TEST_METADATA, TEST_NODES, testPages, writeText } from './test-graph';

const SCHEMA = '// constraints\nCREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;\n';

const relationshipStatement = (type: string, row: string) =>
  ['UNWIND [', `  ${row}`, '] AS row', 'MATCH (a:KnooppuntNode {id: row.from})', 'MATCH (b:KnooppuntNode {id: row.to})', `CREATE (a)-[r:${type}]->(b)`, 'SET r = row.properties;', ''];

const EXPECTED = [
  '// Knooppunt graph export: recreates this graph in an EMPTY Neo4j 5 database.',
  '// Run it with `cypher-shell -f <this file>`, or paste it into Neo4j Browser.',
  '// A Knooppunt server with NEO4J_URI set to that database then answers as the one it was exported from.',
  '//',
  '// format: knooppunt-graph',
  '// exportedAt: 2025-03-01T10:00:00.000Z',
  '// appVersion: 1.2.3',
  '// schemaVersion: 1',
  '// contentHash: sha256:abc',
  '// filter: whole',
  '// backend: embedded',
  '// nodeCount: 4',
  '// relationshipCount: 4',
  '// manifest: {"title":"Test","illustrative":true}',
  '',
  '// The schema Knooppunt uses (cypher/schema/).',
  '// constraints',
  'CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;',
  'CALL db.awaitIndexes(300);',
  '',
  'UNWIND [',
  // The store's internal searchName comes along, so search answers the same.
  `  {id: 'net:lok', type: 'LOK', name: '=LOK "Aarde"\\nnoord 😀', governanceModel: true, searchName: '=lok "aarde"\\nnoord 😀'}`,
  '] AS row',
  'CREATE (n:KnooppuntNode:Network)',
  'SET n = row;',
  '',
  'UNWIND [',
  `  {id: 'nis:90001', nis: '90001', name: 'Aarde & <Beek> \\\\ Sint-Émile', population: 10000, searchName: 'aarde & <beek> \\\\ sint-emile'}`,
  '] AS row',
  'CREATE (n:KnooppuntNode:Municipality)',
  'SET n = row;',
  '',
  'UNWIND [',
  // An offer without a name has no searchName, as in the store.
  `  {id: 'offer:o1', function: 'kinderopvang_baby_peuter', capacity: 12}`,
  '] AS row',
  'CREATE (n:KnooppuntNode:Offer)',
  'SET n = row;',
  '',
  'UNWIND [',
  `  {id: 'org:kroon', name: '\\'t Kroontje, vzw\\u0001', legalForm: 'nonprofit', sector: 'kinderopvang', searchName: '\\'t kroontje, vzw\\u0001'}`,
  '] AS row',
  'CREATE (n:KnooppuntNode:Organisation)',
  'SET n = row;',
  '',
  ...relationshipStatement('DIRECTS', `{from: 'nis:90001', to: 'net:lok', properties: {id: 'DIRECTS:nis:90001->net:lok'}}`),
  ...relationshipStatement(
    'FUNDS',
    `{from: 'nis:90001', to: 'org:kroon', properties: {id: 'FUNDS:nis:90001->org:kroon#2024:subsidie', year: 2024, amount: 1250.5, kind: 'subsidie'}}`,
  ),
  ...relationshipStatement('LOCATED_IN', `{from: 'offer:o1', to: 'nis:90001', properties: {id: 'LOCATED_IN:offer:o1->nis:90001'}}`),
  ...relationshipStatement('MEMBER_OF', `{from: 'org:kroon', to: 'net:lok', properties: {id: 'MEMBER_OF:org:kroon->net:lok', role: 'partner'}}`),
  '// The dataset marker (as cypher/import/set-dataset.cypher writes it), so Knooppunt reports this dataset.',
  "MERGE (d:KnooppuntDataset {id: 'current'})",
  "SET d.importedAt = '2025-03-01T10:00:00.000Z',",
  `    d.manifest = '{"title":"Test","illustrative":true}';`,
  '',
].join('\n');

/** Statements as cypher-shell reads them: up to a line that ends in a semicolon. */
function statements(script: string): string[] {
  return script.split(/;\n/).slice(0, -1).map((statement) => `${statement};`);
}

describe('Cypher export', () => {
  it('writes the metadata as comments, the schema, a statement per label and type, and the dataset marker', async () => {
    expect(await writeText(cypherWriter(SCHEMA))).toBe(EXPECTED);
  });

  it('cuts long runs of one label into statements of CYPHER_BATCH_SIZE rows', async () => {
    const count = CYPHER_BATCH_SIZE * 2 + 1;
    const zones: GraphNode[] = Array.from({ length: count }, (_, index) => ({ id: `zone:z${String(index).padStart(4, '0')}`, label: 'Zone', properties: { name: `Zone ${index}` } }));
    const script = await writeText(cypherWriter(SCHEMA), testPages(7, zones, []), { ...TEST_METADATA, counts: { nodes: count, relationships: 0 } });
    const creates = statements(script).filter((statement) => statement.includes('CREATE (n:KnooppuntNode:Zone)'));
    expect(creates.map((statement) => statement.split('\n').filter((line) => line.startsWith('  {id:')).length)).toEqual([CYPHER_BATCH_SIZE, CYPHER_BATCH_SIZE, 1]);
  });

  it('ends a statement exactly where a line ends in ;, even with line breaks and semicolons in names', async () => {
    const nodes: GraphNode[] = [{ id: 'zone:z', label: 'Zone', properties: { name: 'Zone;\nnoord;' } }];
    const script = await writeText(cypherWriter(SCHEMA), testPages(2, [...nodes, ...TEST_NODES.slice(1)]));
    const starts = statements(script).map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim().split(/[\s(]/)[0]);
    expect(starts).toEqual(['CREATE', 'CALL', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'MERGE']);
    expect(script).toContain("name: 'Zone;\\nnoord;'");
  });

  it('writes no manifest when the dataset has none', async () => {
    const { manifest: _manifest, ...metadata } = TEST_METADATA;
    const script = await writeText(cypherWriter(SCHEMA), testPages(), metadata);
    expect(script.endsWith("SET d.importedAt = '2025-03-01T10:00:00.000Z';\n")).toBe(true);
  });
});
