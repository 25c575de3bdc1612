// The Cypher export of the demo dataset (from the embedded store), run statement by statement in an empty
// Neo4j as cypher-shell would, then opened with the Neo4j store: Knooppunt must answer as it did from the
// embedded store, with the same counts, content hash, manifest and findings.
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULE_PARAMETERS, type Finding } from '@knooppunt/server/domain/findings';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from '../neo4j/test-database';
import { exportText } from '../support/export-support';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const config = testNeo4jConfig();
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
let embedded: EmbeddedStore;
let store: Neo4jStore;

/**
 * Names no real organisation has, but a file may hold: the packed rows' own separators and escape
 * (U+001E, U+001F, U+001B), quotes, a backslash, a line break, a semicolon at a line's end, an empty-looking
 * name and an emoji. The content hash below covers every property, so each must come back exactly.
 */
const AWKWARD_NAMES = ['Rij\u001eveld\u001fen\u001bco', "'t Hof \\ \"De Linde\";\nnoord;", ' ', 'Zon 😀 & Maan'];

/** The script's statements as cypher-shell splits them: each ends where a line ends in a semicolon. */
function statements(script: string): string[] {
  return script
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim().length > 0);
}

beforeAll(async () => {
  embedded = EmbeddedStore.inMemory();
  const dataset = await readDataset(demo);
  AWKWARD_NAMES.forEach((name, index) => {
    const organisation = dataset.organisations[index * 10];
    if (organisation) organisation.name = name;
  });
  await embedded.importDataset(dataset);
  const script = await exportText(embedded, 'cypher');
  await emptyTestDatabase(config);
  const session = admin.session();
  try {
    for (const statement of statements(script)) await session.run(statement);
  } finally {
    await session.close();
  }
  store = new Neo4jStore(config);
}, 240_000);

afterAll(async () => {
  await store?.close();
  await admin.close();
});

describe('the Cypher export run in an empty Neo4j', () => {
  it('holds the same nodes and relationships, by label and type', async () => {
    expect(await store.counts()).toEqual(await embedded.counts());
  });

  it('has the same content hash and manifest, so Knooppunt reports the same dataset', async () => {
    const [fromNeo4j, fromEmbedded] = [await store.datasetInfo(), await embedded.datasetInfo()];
    expect(fromNeo4j.contentHash).toBe(fromEmbedded.contentHash);
    expect(fromNeo4j.manifest).toEqual(fromEmbedded.manifest);
    expect(fromNeo4j.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('gives the same findings', async () => {
    const plain = (findings: Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;
    const [fromNeo4j, fromEmbedded] = [await store.findings(DEFAULT_RULE_PARAMETERS), await embedded.findings(DEFAULT_RULE_PARAMETERS)];
    expect(fromNeo4j.length).toBeGreaterThan(1000);
    expect(plain(fromNeo4j)).toStrictEqual(plain(fromEmbedded));
  }, 60_000);

  it("keeps names that hold the packed rows' separators, quotes and line breaks exactly", async () => {
    const result = await admin.executeQuery('MATCH (n:Organisation) WHERE n.name IN $names RETURN n.name AS name ORDER BY name', { names: AWKWARD_NAMES });
    expect(result.records.map((record) => record.get('name') as string)).toEqual([...AWKWARD_NAMES].sort());
  });

  it('answers search as the embedded store does (the export carries searchName)', async () => {
    expect(await store.search('antw', 10)).toEqual(await embedded.search('antw', 10));
  });
});
