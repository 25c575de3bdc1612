import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../domain/graph';
import { CYPHER_BATCH_SIZE, cypherWriter } from './cypher-export';
import { TEST_METADATA, TEST_NODES, testPages, writeText } from './test-graph';

const SCHEMA = '// constraints\nCREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;\n';

const UNPACK = ["WITH split(row, '\\u001f') AS f"];
const rows = (...lines: string[]) => `UNWIND split('${lines.join('\\u001e')}', '\\u001e') AS row`;
const endpoints = ['MATCH (a:KnooppuntNode {id: substring(f[0], 1)})', 'MATCH (b:KnooppuntNode {id: substring(f[1], 1)})'];

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
  // The store's internal searchName comes along, so search answers the same.
  '// Network nodes: 1; fields: id, type, name, governanceModel, searchName',
  rows(`snet:lok\\u001fsLOK\\u001fs=LOK "Aarde"\\nnoord 😀\\u001ft\\u001fs=lok "aarde"\\nnoord 😀`),
  ...UNPACK,
  'CREATE (n:KnooppuntNode:Network)',
  'SET n.id = substring(f[0], 1),',
  '    n.type = substring(f[1], 1),',
  '    n.name = substring(f[2], 1),',
  '    n.governanceModel = true,',
  '    n.searchName = substring(f[4], 1);',
  '',
  '// Municipality nodes: 1; fields: id, nis, name, population, searchName',
  rows('snis:90001\\u001fs90001\\u001fsAarde & <Beek> \\\\ Sint-Émile\\u001fi10000\\u001fsaarde & <beek> \\\\ sint-emile'),
  ...UNPACK,
  'CREATE (n:KnooppuntNode:Municipality)',
  'SET n.id = substring(f[0], 1),',
  '    n.nis = substring(f[1], 1),',
  '    n.name = substring(f[2], 1),',
  '    n.population = toInteger(substring(f[3], 1)),',
  '    n.searchName = substring(f[4], 1);',
  '',
  // An offer without a name has no searchName, as in the store.
  '// Offer nodes: 1; fields: id, function, capacity',
  rows('soffer:o1\\u001fskinderopvang_baby_peuter\\u001fi12'),
  ...UNPACK,
  'CREATE (n:KnooppuntNode:Offer)',
  'SET n.id = substring(f[0], 1),',
  '    n.function = substring(f[1], 1),',
  '    n.capacity = toInteger(substring(f[2], 1));',
  '',
  '// Organisation nodes: 1; fields: id, name, legalForm, sector, searchName',
  rows("sorg:kroon\\u001fs\\'t Kroontje, vzw\\u0001\\u001fsnonprofit\\u001fskinderopvang\\u001fs\\'t kroontje, vzw\\u0001"),
  ...UNPACK,
  'CREATE (n:KnooppuntNode:Organisation)',
  'SET n.id = substring(f[0], 1),',
  '    n.name = substring(f[1], 1),',
  '    n.legalForm = substring(f[2], 1),',
  '    n.sector = substring(f[3], 1),',
  '    n.searchName = substring(f[4], 1);',
  '',
  '// DIRECTS relationships: 1; fields: from, to, id',
  rows('snis:90001\\u001fsnet:lok\\u001fsDIRECTS:nis:90001->net:lok'),
  ...UNPACK,
  ...endpoints,
  'CREATE (a)-[r:DIRECTS]->(b)',
  'SET r.id = substring(f[2], 1);',
  '',
  '// FUNDS relationships: 1; fields: from, to, id, year, amount, kind',
  rows('snis:90001\\u001fsorg:kroon\\u001fsFUNDS:nis:90001->org:kroon#2024:subsidie\\u001fi2024\\u001ff1250.5\\u001fssubsidie'),
  ...UNPACK,
  ...endpoints,
  'CREATE (a)-[r:FUNDS]->(b)',
  'SET r.id = substring(f[2], 1),',
  '    r.year = toInteger(substring(f[3], 1)),',
  '    r.amount = toFloat(substring(f[4], 1)),',
  '    r.kind = substring(f[5], 1);',
  '',
  '// LOCATED_IN relationships: 1; fields: from, to, id',
  rows('soffer:o1\\u001fsnis:90001\\u001fsLOCATED_IN:offer:o1->nis:90001'),
  ...UNPACK,
  ...endpoints,
  'CREATE (a)-[r:LOCATED_IN]->(b)',
  'SET r.id = substring(f[2], 1);',
  '',
  '// MEMBER_OF relationships: 1; fields: from, to, id, role',
  rows('sorg:kroon\\u001fsnet:lok\\u001fsMEMBER_OF:org:kroon->net:lok\\u001fspartner'),
  ...UNPACK,
  ...endpoints,
  'CREATE (a)-[r:MEMBER_OF]->(b)',
  'SET r.id = substring(f[2], 1),',
  '    r.role = substring(f[3], 1);',
  '',
  '// The dataset marker, which a Knooppunt server adopts at start (cypher/generations/adopt-marker.cypher), so it reports this dataset.',
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
    const packedRows = (statement: string) => (/UNWIND split\('(.*)', '\\u001e'\) AS row/.exec(statement)?.[1] ?? '').split('\\u001e').length;
    expect(creates.map(packedRows)).toEqual([CYPHER_BATCH_SIZE, CYPHER_BATCH_SIZE, 1]);
  });

  it('ends a statement exactly where a line ends in ;, even with line breaks and semicolons in names', async () => {
    const nodes: GraphNode[] = [{ id: 'zone:z', label: 'Zone', properties: { name: 'Zone;\nnoord;' } }];
    const script = await writeText(cypherWriter(SCHEMA), testPages(2, [...nodes, ...TEST_NODES.slice(1)]));
    const starts = statements(script).map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim().split(/[\s(]/)[0]);
    expect(starts).toEqual(['CREATE', 'CALL', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'UNWIND', 'MERGE']);
    expect(script).toContain("split('szone:z\\u001fsZone;\\nnoord;\\u001f");
  });

  it('writes no manifest when the dataset has none', async () => {
    const { manifest: _manifest, ...metadata } = TEST_METADATA;
    const script = await writeText(cypherWriter(SCHEMA), testPages(), metadata);
    expect(script.endsWith("SET d.importedAt = '2025-03-01T10:00:00.000Z';\n")).toBe(true);
  });
});
