// A municipality's profile is composed of GraphStore answers only, so it must come out identical on the
// embedded store and on Neo4j: checked on the demo dataset for municipalities with gaps, conflicts, several
// zones or none of these, with default and changed rule parameters.
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '@knooppunt/server/domain/findings';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { municipalityProfile } from '@knooppunt/server/store/municipality-profile';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from '../neo4j/test-database';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const config = testNeo4jConfig();
let neo4jStore: Neo4jStore;
let embedded: EmbeddedStore;

beforeAll(async () => {
  await emptyTestDatabase(config);
  const dataset = await readDataset(demo);
  neo4jStore = new Neo4jStore(config);
  await neo4jStore.importDataset(dataset, { replace: true });
  embedded = EmbeddedStore.inMemory();
  await embedded.importDataset(dataset);
});

afterAll(async () => {
  await neo4jStore.close();
});

/** Niel (gap and conflicts), Antwerpen (four zones), Mesen (one neighbour), Baarle-Hertog (an enclave), Brussel, Gent. */
const MUNICIPALITIES = ['nis:11030', 'nis:11002', 'nis:33016', 'nis:13002', 'nis:21004', 'nis:44021'];

const PARAMETER_SETS: readonly [string, RuleParameters][] = [
  ['default parameters', DEFAULT_RULE_PARAMETERS],
  ['2024 funding, higher childcare target, other functions', { ...DEFAULT_RULE_PARAMETERS, year: 2024, childcarePer100: 45, reachFunctions: ['onthaal', 'thuiszorg'] }],
];

describe.each(PARAMETER_SETS)('the municipality profile on Neo4j and embedded, %s', (_name, parameters) => {
  it.each(MUNICIPALITIES)('is identical for %s', async (id) => {
    const fromEmbedded = await municipalityProfile(embedded, id, parameters);
    expect(fromEmbedded?.municipality.id).toBe(id);
    expect(await municipalityProfile(neo4jStore, id, parameters)).toEqual(fromEmbedded);
  });
});

describe('the municipality profile on Neo4j', () => {
  it('is undefined for an unknown municipality', async () => {
    expect(await municipalityProfile(neo4jStore, 'nis:99999', DEFAULT_RULE_PARAMETERS)).toBeUndefined();
  });
});
