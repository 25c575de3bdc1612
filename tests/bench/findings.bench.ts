// All rules of the catalogue at Flanders scale and ten-fold on the embedded store, and at Flanders scale
// on Neo4j, in one run (docs/performance.md: embedded ≤ 100 ms and ≤ 1.5 s, Neo4j ≤ 1 s; both the same findings).
// Run: pnpm bench findings   (starts its own Neo4j from .cache/neo4j, or uses NEO4J_URI; --no-neo4j skips it)
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { percentile, printTable, timed } from './support';
import { benchNeo4j } from './support/bench-neo4j';

const { values } = parseArgs({ options: { 'no-neo4j': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const rows: Record<string, string | number>[] = [];

async function measure(label: string, target: number, run: () => Promise<number>): Promise<void> {
  // The first run after an import also builds the per-graph facts the rules share (and warms the JIT):
  // reported on its own, not counted in the median.
  const first = await timed(run);
  const times: number[] = [];
  let count = 0;
  for (let index = 0; index < runs; index += 1) {
    const { value, ms } = await timed(run);
    times.push(ms);
    count = value;
  }
  times.sort((a, b) => a - b);
  rows.push({
    store: label,
    findings: count,
    'first run ms': Math.round(first.ms),
    'median ms': Math.round(percentile(times, 0.5)),
    'max ms': Math.round(times.at(-1)!),
    'target ms': target,
  });
}

const datasets = new Map<GeneratorScale, ReturnType<typeof generateDataset>>();
for (const scale of ['flanders', 'tenfold'] as const) datasets.set(scale, generateDataset({ seed: 42, scale }));

for (const [scale, dataset] of datasets) {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset, { replace: true });
  const counts = await store.counts();
  console.log(`${scale}: ${counts.nodes} nodes, ${counts.relationships} relationships`);
  await measure(`embedded, ${scale}`, scale === 'flanders' ? 100 : 1500, async () => (await store.findings(DEFAULT_RULE_PARAMETERS)).length);
}

if (!values['no-neo4j']) {
  const neo4jServer = await benchNeo4j();
  const { config } = neo4jServer;
  try {
    const store = new Neo4jStore(config);
    await store.importDataset(datasets.get('flanders')!, { replace: true });
    await measure('Neo4j, flanders', 1000, async () => (await store.findings(DEFAULT_RULE_PARAMETERS)).length);
    await store.close();
  } finally {
    await neo4jServer.dispose();
  }
}

printTable(`all rules of the catalogue: the first run after import, then the median and max of ${runs} more`, rows);
