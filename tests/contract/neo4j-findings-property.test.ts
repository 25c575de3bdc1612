// Both stores give identical findings on random small datasets (STYLE.md habit 2): ids, severities, related,
// evidence and messages, for the default thresholds and for random ones. fast-check shrinks a disagreement to
// the smallest dataset that shows it; its report names the seed and path that replay it.
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding, type RuleId, type RuleParameters } from '@knooppunt/server/domain/findings';
import { parseDatasetJson } from '@knooppunt/server/import/json';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { datasetArbitrary, fc, ruleParametersArbitrary } from '@knooppunt/server/testing/dataset-arbitrary';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

/** Fixed so a failure reproduces; KNOOPPUNT_PROPERTY_SEED explores other datasets. */
const seed = Number(process.env.KNOOPPUNT_PROPERTY_SEED ?? 20_250_611);
const numRuns = 25;

const config = { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
let store: Neo4jStore;

beforeAll(() => {
  store = new Neo4jStore(config);
});
afterAll(async () => {
  await store.close();
  await admin.close();
});

/** Rule by rule, so a difference names its rule; plain JSON, so an undefined on one side and a missing key on the other would still differ. */
function expectSameFindings(actual: readonly Finding[], wanted: readonly Finding[], parameters: RuleParameters): void {
  const plain = (findings: readonly Finding[], rule: RuleId) => JSON.parse(JSON.stringify(findings.filter((finding) => finding.rule === rule))) as unknown;
  for (const rule of RULE_IDS) expect(plain(actual, rule), `${rule} with ${JSON.stringify(parameters)}`).toStrictEqual(plain(wanted, rule));
  expect(actual.map((finding) => finding.id)).toStrictEqual(wanted.map((finding) => finding.id));
}

it(
  `Neo4j gives the embedded store's findings on ${numRuns} random datasets (seed ${seed})`,
  async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, ruleParametersArbitrary, async (generated, parameters) => {
        // What the importer accepts, so the property also proves the generated dataset valid.
        const dataset = parseDatasetJson(JSON.stringify(generated), 'dataset.json');
        await admin.executeQuery('MATCH (n) DETACH DELETE n');
        await store.importDataset(dataset, { replace: true });
        const embedded = EmbeddedStore.inMemory();
        await embedded.importDataset(dataset, { replace: true });
        for (const used of [DEFAULT_RULE_PARAMETERS, parameters]) {
          expectSameFindings(await store.findings(used), await embedded.findings(used), used);
        }
      }),
      { seed, numRuns },
    );
  },
  // A normal run takes well under a minute; a failure gets time to shrink, one import per step.
  600_000,
);
