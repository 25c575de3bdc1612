// A whole Flanders-scale dataset (~64,000 nodes, ~145,000 relationships) into the test Neo4j, whose
// transaction memory is capped at 256 MiB: imported in batches, it gives exactly the embedded store's
// findings; and while the next Flanders-scale dataset is imported, a reader sees the old or the new one, whole.
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTestDatabase, testNeo4jConfig } from './test-database';

const config = testNeo4jConfig();
const FIRST = generateDataset({ seed: 42, scale: 'flanders' });
const SECOND = generateDataset({ seed: 43, scale: 'flanders' });
let store: Neo4jStore;

/** JSON with every object's keys sorted: the two stores build evidence objects in different key orders. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** What a reader looks at: every finding, the largest zone's graph, and a search. */
async function view(reader: GraphStore, zoneId: string) {
  const [findings, zoneGraph, search] = [await reader.findings(DEFAULT_RULE_PARAMETERS), await reader.zoneGraph(zoneId), await reader.search('sint', 50)];
  return { findings: canonical(findings), zoneGraph: canonical(zoneGraph), search: canonical(search) };
}

async function embeddedOf(dataset: Dataset): Promise<EmbeddedStore> {
  const embedded = EmbeddedStore.inMemory();
  await embedded.importDataset(dataset, { replace: true });
  return embedded;
}

beforeAll(async () => {
  await emptyTestDatabase(config);
  store = new Neo4jStore(config);
});

afterAll(async () => {
  await store.close();
});

describe('Neo4j at Flanders scale, 256 MiB of transaction memory', () => {
  it('imports a Flanders-scale dataset and gives exactly the embedded store’s counts and findings', async () => {
    const embedded = await embeddedOf(FIRST);
    const summary = await store.importDataset(FIRST, { replace: true });
    expect(summary.counts.relationships).toBeGreaterThan(100_000);
    expect(await store.counts()).toEqual(await embedded.counts());
    const findings = await store.findings(DEFAULT_RULE_PARAMETERS);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings).toEqual(await embedded.findings(DEFAULT_RULE_PARAMETERS));
  }, 600_000);

  it('lets a reader during the next import see the old dataset or the new one, whole, never a mix', async () => {
    const [before, after] = [await embeddedOf(FIRST), await embeddedOf(SECOND)];
    const zoneId = (await before.listZones()).sort((a, b) => b.municipalityCount - a.municipalityCount)[0]!.id;
    const expected = { old: await view(before, zoneId), new: await view(after, zoneId) };
    expect(expected.old.findings).not.toBe(expected.new.findings);
    expect(expected.old.zoneGraph).not.toBe(expected.new.zoneGraph);

    // Nothing kept between reads (keptFindings 0): every view during the import asks Neo4j again.
    const reader = new Neo4jStore(config, { keptFindings: 0 });
    const seen: ('old' | 'new')[][] = [];
    let importing = true;
    const importDone = store.importDataset(SECOND, { replace: true }).finally(() => {
      importing = false;
    });
    while (importing) {
      const now = await view(reader, zoneId);
      // Each answer on its own is one whole dataset (an import may publish between two of them).
      seen.push(
        (Object.keys(now) as (keyof typeof now)[]).map((part) => {
          if (now[part] === expected.old[part]) return 'old';
          if (now[part] === expected.new[part]) return 'new';
          throw new Error(`${part} during the import is neither the old nor the new dataset`);
        }),
      );
    }
    await importDone;
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[0]).toEqual(['old', 'old', 'old']);
    expect(await view(reader, zoneId)).toEqual(expected.new);
    await reader.close();
  }, 600_000);
});
