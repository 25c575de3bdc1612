// The rule catalogue on Neo4j (cypher/findings/) against the worked example and against the embedded store:
// both stores must give identical findings (ids, related, evidence, messages) on the same data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding, type RuleId, type RuleParameters } from '@knooppunt/server/domain/findings';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from '../neo4j/test-database';
import { provincesOf } from '../support/dataset-subsets';
import { smallDataset } from '../support/small-dataset';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const expected = JSON.parse(readFileSync(`${fixtures}examples/example1-expected-findings.json`, 'utf8')) as {
  rule: RuleId;
  subject: string;
  severity: string;
  key: string;
}[];

const config = testNeo4jConfig();
let store: Neo4jStore;

/** Empties the database in batches: one transaction deleting a Flanders-scale graph is slow and memory-hungry. */
async function emptyDatabase(): Promise<void> {
  await emptyTestDatabase(config);
}

beforeAll(() => {
  store = new Neo4jStore(config);
});
afterAll(async () => {
  await store.close();
});

/** Changed thresholds, one year of funding, other sectors and functions: every parameter reaches the Cypher. */
const PARAMETER_SETS: readonly [string, RuleParameters][] = [
  ['default parameters', DEFAULT_RULE_PARAMETERS],
  ['2024 funding, lower forum load, higher childcare target', { ...DEFAULT_RULE_PARAMETERS, year: 2024, forumLoad: 2, childcarePer100: 50, unequalRatio: 0.9 }],
  [
    '2025 funding, other sectors and functions',
    { ...DEFAULT_RULE_PARAMETERS, year: 2025, childcarePer100: 41.5, zorgraadSectors: ['ocmw', 'caw'], reachFunctions: ['onthaal', 'thuiszorg'] },
  ],
];

/** Loads one dataset into both stores, Neo4j emptied first. */
async function loadBoth(dataset: Dataset): Promise<EmbeddedStore> {
  await emptyDatabase();
  await store.importDataset(dataset, { replace: true });
  const embedded = EmbeddedStore.inMemory();
  await embedded.importDataset(dataset, { replace: true });
  return embedded;
}

/** Rule by rule, so a difference names its rule; plain JSON, so an undefined on one side and a missing key on the other would still differ. */
function expectSameFindings(actual: readonly Finding[], wanted: readonly Finding[]): void {
  const plain = (findings: readonly Finding[], rule: RuleId) => JSON.parse(JSON.stringify(findings.filter((finding) => finding.rule === rule))) as unknown;
  for (const rule of RULE_IDS) expect(plain(actual, rule), rule).toStrictEqual(plain(wanted, rule));
  expect(actual.map((finding) => finding.id)).toStrictEqual(wanted.map((finding) => finding.id));
}

describe('worked example 1 on Neo4j', () => {
  let embedded: EmbeddedStore;
  beforeAll(async () => {
    embedded = await loadBoth(await readDataset(`${fixtures}examples/example1`));
  });

  const triple = (finding: { rule: string; subject: string; severity: string; key: string }) =>
    `${finding.rule} ${finding.subject} ${finding.severity} ${finding.key}`;

  it.each(RULE_IDS)('%s gives exactly the expected findings', async (rule) => {
    const actual = (await store.findings(DEFAULT_RULE_PARAMETERS, [rule])).map((finding) => triple({ ...finding, key: finding.evidence.key }));
    expect(actual.sort()).toEqual(expected.filter((finding) => finding.rule === rule).map(triple).sort());
  });

  it('lists 82 findings over all 20 rules, sorted by id', async () => {
    const findings = await store.findings(DEFAULT_RULE_PARAMETERS);
    expect(findings).toHaveLength(82);
    expect(new Set(findings.map((finding) => finding.rule)).size).toBe(20);
    expect(findings.map((finding) => finding.id)).toStrictEqual(findings.map((finding) => finding.id).sort());
  });

  it('rounds and sums evidence like the embedded rules (childcare per 100, own funding per place, funding over years and rows)', async () => {
    const findings = await store.findings(DEFAULT_RULE_PARAMETERS, ['GAP_CHILDCARE_CAPACITY', 'CONFLICT_UNEQUAL_SUPPORT', 'CONFLICT_SELF_FUNDING']);
    const evidence = (id: string) => findings.find((finding) => finding.id === id)?.evidence;
    expect(evidence('GAP_CHILDCARE_CAPACITY:nis:93003')).toStrictEqual({ key: '', places: 83, children0to3: 300, per100: 27.67, threshold: 33 });
    expect(evidence('CONFLICT_UNEQUAL_SUPPORT:nis:93003:kinderopvang')).toMatchObject({ ownPerPlace: 30.3, disadvantaged: ['org:priv-n5'] });
    expect(evidence('CONFLICT_SELF_FUNDING:nis:93003:net:n4')).toMatchObject({ amount: 40000, organisations: ['org:own-n4'] });
  });

  it.each(PARAMETER_SETS)('equals the embedded store (%s)', async (_name, parameters) => {
    expectSameFindings(await store.findings(parameters), await embedded.findings(parameters));
  });

  it('runs only the rules asked for', async () => {
    const findings = await store.findings(DEFAULT_RULE_PARAMETERS, ['GAP_NO_ZONE', 'OVERLAP_FORUM_LOAD']);
    expect(findings.map((finding) => finding.id)).toStrictEqual(['GAP_NO_ZONE:nis:93000', 'GAP_NO_ZONE:nis:93007', 'OVERLAP_FORUM_LOAD:org:busy']);
  });

  it('computes the default findings ahead for a serving store, at start and after an import, and keeps them for the generation', async () => {
    const wanted = await store.findings(DEFAULT_RULE_PARAMETERS);
    const asking = new Neo4jStore(config, { keptFindings: 0 });
    const ahead = new Neo4jStore(config, { computeFindingsAhead: DEFAULT_RULE_PARAMETERS });
    // Childcare places zeroed behind the stores' backs, outside generations (no import does that): a store that
    // computed the findings ahead still answers what it computed, one that asks Neo4j sees the change.
    const withoutChildcarePlaces = async (check: () => Promise<void>) => {
      await admin(`MATCH (o:Offer {function: 'kinderopvang_baby_peuter'}) SET o.placesBefore = o.capacity, o.capacity = 0`);
      try {
        await check();
      } finally {
        await admin(`MATCH (o:Offer {function: 'kinderopvang_baby_peuter'}) SET o.capacity = o.placesBefore REMOVE o.placesBefore`);
      }
    };
    const expectComputedAhead = () =>
      withoutChildcarePlaces(async () => {
        expect(await ahead.findings(DEFAULT_RULE_PARAMETERS)).toStrictEqual(wanted);
        expect(await asking.findings(DEFAULT_RULE_PARAMETERS)).not.toStrictEqual(wanted);
      });
    try {
      await ahead.settled();
      await expectComputedAhead();
      await ahead.importDataset(await readDataset(`${fixtures}examples/example1`), { replace: true });
      await ahead.settled();
      await expectComputedAhead();
      expect(await asking.findings(DEFAULT_RULE_PARAMETERS)).toStrictEqual(wanted);
    } finally {
      await Promise.all([ahead.close(), asking.close()]);
    }
  });
});

async function admin(statement: string): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    await driver.executeQuery(statement);
  } finally {
    await driver.close();
  }
}

/**
 * The small test dataset plus the edges the generated data rarely hits: exactly 33 places per 100 children (no gap),
 * an organisation in exactly forumLoad networks over one municipality, own offers without places (no per-place
 * figure), an own organisation that is also a nonprofit, a seat taken from MEMBER_OF.sector and from lokaal_bestuur,
 * an OTHER network that is COUNCIL_OF a zone, and a zorgraad directed by a municipality that is its actor.
 */
function edgeDataset(): Dataset {
  const dataset = smallDataset();
  dataset.organisations.push(
    { id: 'vzw-aarde', name: 'Vzw Kinderopvang Aarde', legal_form: 'nonprofit', sector: 'kinderopvang', operated_by_nis: '90001' },
    { id: 'bko-beek', name: 'Buitenschoolse opvang Beek', legal_form: 'public', sector: 'boa', operated_by_nis: '90002' },
    { id: 'speelplein-beek', name: 'Speelplein Beek vzw', legal_form: 'nonprofit', sector: 'boa' },
    { id: 'sport-beek', name: 'Sportkamp Beek', legal_form: 'private', sector: 'vrije_tijd' },
  );
  dataset.networks.push(
    { id: 'boa-aarde', type: 'BOA', name: 'BOA Aarde', governance_model: false },
    { id: 'hvhk-aarde', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind Aarde', governance_model: false },
    { id: 'gbo-aarde', type: 'GBO', name: 'GBO Aarde', directed_by_nis: '90002', governance_model: false },
    { id: 'overleg-oost', type: 'OTHER', name: 'Overleg Oost', zone_id: 'oost', governance_model: false },
    { id: 'zorgraad-west', type: 'ZORGRAAD', name: 'Zorgraad West', zone_id: 'west', directed_by_nis: '90001', governance_model: false },
    { id: 'boa-beek', type: 'BOA', name: 'BOA Beek', directed_by_nis: '90002', governance_model: true },
  );
  for (const network_id of ['boa-aarde', 'hvhk-aarde', 'gbo-aarde']) dataset.network_coverage.push({ network_id, nis: '90001' });
  dataset.network_coverage.push({ network_id: 'gbo-aarde', nis: '90002' }, { network_id: 'boa-beek', nis: '90002' });
  for (const network_id of ['boa-aarde', 'hvhk-aarde', 'gbo-aarde']) dataset.memberships.push({ network_id, member_id: 'org:kdv-vlinder', role: 'partner' });
  dataset.memberships.push(
    { network_id: 'gbo-aarde', member_id: 'nis:90002', role: 'member' },
    { network_id: 'gbo-aarde', member_id: 'org:caw-oost', role: 'member', sector: 'ocmw' },
    { network_id: 'zorgraad-west', member_id: 'nis:90001', role: 'actor' },
  );
  dataset.offers.push(
    { id: 'vzw-aarde-1', org_id: 'vzw-aarde', function: 'kinderopvang_baby_peuter', nis: '90001', capacity: 30 },
    { id: 'vlinder-beek', org_id: 'kdv-vlinder', function: 'kinderopvang_baby_peuter', nis: '90002', capacity: 198 },
    { id: 'bko-beek-1', org_id: 'bko-beek', function: 'buitenschoolse_opvang', nis: '90002' },
    { id: 'speelplein-1', org_id: 'speelplein-beek', function: 'vrijetijdsaanbod_kinderen', nis: '90002', capacity: 80 },
    { id: 'sportkamp-1', org_id: 'sport-beek', function: 'vrijetijdsaanbod_kinderen', nis: '90002', capacity: 25 },
  );
  dataset.funding.push(
    { nis: '90001', org_id: 'vzw-aarde', year: 2025, amount: 3_001 },
    { nis: '90002', org_id: 'bko-beek', year: 2024, amount: 12_345.675 },
    { nis: '90002', org_id: 'sport-beek', year: 2025, amount: 100 },
  );
  return dataset;
}

describe('edge cases on Neo4j', () => {
  let embedded: EmbeddedStore;
  beforeAll(async () => {
    embedded = await loadBoth(edgeDataset());
  });

  it.each(PARAMETER_SETS)('equals the embedded store (%s)', async (_name, parameters) => {
    expectSameFindings(await store.findings(parameters), await embedded.findings(parameters));
  });

  it('reads the thresholds as written: exactly 33 per 100 is no gap, exactly forumLoad networks is a load', async () => {
    const ids = (await store.findings(DEFAULT_RULE_PARAMETERS)).map((finding) => finding.id);
    expect(ids).not.toContain('GAP_CHILDCARE_CAPACITY:nis:90002');
    expect(ids).toContain('OVERLAP_FORUM_LOAD:org:kdv-vlinder');
    expect(ids).toContain('CONFLICT_REGIE_ACTOR:nis:90001:net:zorgraad-west');
  });
});

describe('the demo dataset on Neo4j', () => {
  let embedded: EmbeddedStore;
  beforeAll(async () => {
    embedded = await loadBoth(await readDataset(`${fixtures}demo`));
  }, 120_000);

  it.each(PARAMETER_SETS)('equals the embedded store (%s)', async (_name, parameters) => {
    expectSameFindings(await store.findings(parameters), await embedded.findings(parameters));
  });
});

/**
 * The municipalities of some provinces of a generated dataset, with everything that refers only to them. The test
 * server caps a transaction at 256 MiB, too little to import a whole Flanders-scale dataset in one; the full scale
 * was compared by hand against a server with more transaction memory.
 */

describe.each([11, 2026])('two provinces of a generated Flanders-scale dataset (seed %i) on Neo4j', (seed) => {
  let embedded: EmbeddedStore;
  beforeAll(async () => {
    embedded = await loadBoth(provincesOf(generateDataset({ seed, scale: 'flanders' }), 2));
  }, 180_000);

  it.each(PARAMETER_SETS)('equals the embedded store (%s)', async (_name, parameters) => {
    expectSameFindings(await store.findings(parameters), await embedded.findings(parameters));
  });
});
