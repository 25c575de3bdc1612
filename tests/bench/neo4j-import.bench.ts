// Neo4j beside the embedded store in one run, on a Neo4j with the test server's memory (512 MiB heap, 512 MiB
// page cache, 256 MiB transaction memory): import rows/s (target ≥ 50,000, docs/performance.md) against the floor
// under any Bolt import, the peak transaction memory sampled during the import, all rules (≤ 1 s), and the
// largest zone's dashboard and a municipality's profile through the API, first and warm (≤ 200 ms).
// Beside wall times it prints the CPU time the Neo4j JVM used (when the bench started Neo4j itself): on a shared
// machine the wall time grows with everybody else's load, the CPU time much less.
// Run: pnpm bench neo4j [--scale flanders|tenfold] [--repeat 3] [--no-upsert]   (starts its own Neo4j, or uses NEO4J_URI)
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { datasetRowCount } from '@knooppunt/server/domain/dataset';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { createApp } from '@knooppunt/server/http/app';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { importBatches } from '@knooppunt/server/store/neo4j/neo4j-import';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { perSecond, printTable, timed } from './support';
import { benchNeo4j } from './support/bench-neo4j';

const { values } = parseArgs({
  allowNegative: true,
  options: { scale: { type: 'string', default: 'flanders' }, seed: { type: 'string', default: '42' }, repeat: { type: 'string', default: '3' }, upsert: { type: 'boolean', default: true } },
});
const repeat = Number(values.repeat);
const dataset = generateDataset({ seed: Number(values.seed), scale: values.scale as GeneratorScale });
const rows = datasetRowCount(dataset);
const memory = { heap: '512m', pagecache: '512m', txMemory: '256m' };

const neo4jServer = await benchNeo4j(memory);
const { config } = neo4jServer;
const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
try {
  const embedded = EmbeddedStore.inMemory();
  const embeddedImport = await timed(() => embedded.importDataset(dataset, { replace: true }));
  const store = new Neo4jStore(config);
  await store.counts(); // applies the schema, so the import is timed alone
  const importRows: Record<string, string | number>[] = [{ store: 'embedded (in memory)', ms: Math.round(embeddedImport.ms), 'rows/s': perSecond(rows, embeddedImport.ms), 'peak tx MiB': '' }];
  const importInto = async (name: string, replace: boolean) => {
    const sampler = sampleTransactionMemory();
    const cpuBefore = neo4jServer.cpuMs();
    const published = await timed(() => store.importDataset(dataset, { replace }));
    const cpu = cpuSince(cpuBefore);
    const peak = await sampler.stop();
    const retired = await timed(() => store.settled());
    importRows.push({
      store: name,
      ms: Math.round(published.ms),
      'rows/s': perSecond(rows, published.ms),
      'Neo4j CPU ms': cpu,
      'rows per Neo4j CPU-s': typeof cpu === 'number' ? perSecond(rows, cpu) : '',
      'peak tx MiB': peak,
      'then old generation removed, ms': Math.round(retired.ms),
    });
    return published.value;
  };
  const first = await importInto('Neo4j, into an empty database, fresh JVM (published)', true);
  if (JSON.stringify(first.counts) !== JSON.stringify(embeddedImport.value.counts)) throw new Error('the two stores hold different counts');
  for (let round = 1; round <= repeat; round += 1) await importInto(`Neo4j, --replace of the same data, warm, round ${round}`, true);
  if (values.upsert) await importInto('Neo4j, the same data again (upsert: read, applied in memory, rewritten)', false);
  const shippingCpu = neo4jServer.cpuMs();
  const shipping = await timed(() => shipParametersOnly(config));
  const floorCpu = cpuSince(shippingCpu);
  importRows.push({
    store: 'floor: the same batches sent and unwound over Bolt, nothing written',
    ms: Math.round(shipping.ms),
    'rows/s': perSecond(rows, shipping.ms),
    'Neo4j CPU ms': floorCpu,
    'rows per Neo4j CPU-s': typeof floorCpu === 'number' ? perSecond(rows, floorCpu) : '',
    'peak tx MiB': '',
  });

  const counts = first.counts;
  console.log(`dataset: ${values.scale}, seed ${values.seed}: ${rows} rows → ${counts.nodes} nodes, ${counts.relationships} relationships`);
  console.log(`Neo4j memory: heap ${memory.heap}, page cache ${memory.pagecache}, transaction memory ${memory.txMemory}; batches of ${importBatches(datasetToGraph(dataset)).length} transactions`);
  printTable('import (target: Neo4j ≥ 50,000 rows/s); published = visible to readers', importRows);

  if (!isDeepStrictEqual(await store.findings(DEFAULT_RULE_PARAMETERS), await embedded.findings(DEFAULT_RULE_PARAMETERS))) {
    throw new Error('the two stores give different findings');
  }
  // Uncached (keptFindings 0): the rules in one read transaction after another, and split over two run at once.
  const sequential = new Neo4jStore(config, { keptFindings: 0, findingTransactions: 1 });
  const concurrent = new Neo4jStore(config, { keptFindings: 0, findingTransactions: 2 });
  const findingRows: Record<string, string | number>[] = [];
  for (let round = 1; round <= repeat; round += 1) {
    const onEmbedded = await timed(() => embedded.findings(DEFAULT_RULE_PARAMETERS));
    const row: Record<string, string | number> = { round, 'embedded ms': Math.round(onEmbedded.ms) };
    for (const [name, rulesStore] of [['1 tx', sequential], ['2 tx at once', concurrent]] as const) {
      const cpuBefore = neo4jServer.cpuMs();
      const onNeo4j = await timed(() => rulesStore.findings(DEFAULT_RULE_PARAMETERS));
      row[`Neo4j ${name} ms`] = Math.round(onNeo4j.ms);
      row[`Neo4j ${name} CPU ms`] = cpuSince(cpuBefore);
      row[`Neo4j ${name} / embedded`] = ratio(onNeo4j.ms, onEmbedded.ms);
    }
    findingRows.push(row);
  }
  await Promise.all([sequential.close(), concurrent.close()]);
  printTable('all rules, uncached store calls (target: Neo4j ≤ 1,000 ms); both stores give identical findings', findingRows);

  const zone = (await embedded.listZones()).sort((a, b) => b.municipalityCount - a.municipalityCount)[0]!;
  const municipality = dataset.municipalities[0]!.nis;
  const paths = { [`dashboard of ${zone.name} (${zone.municipalityCount} municipalities)`]: `/api/zones/${encodeURIComponent(zone.id)}/dashboard`, [`profile of ${municipality}`]: `/api/municipalities/${municipality}/profile` };
  const apiRows: Record<string, string | number>[] = [];
  const freshStores: Neo4jStore[] = [];
  for (const [name, path] of Object.entries(paths)) {
    const embeddedApp = appOf(embedded);
    // A store of its own per request path, so "first" includes the rules (the store keeps findings per generation).
    const fresh = new Neo4jStore(config);
    freshStores.push(fresh);
    const neo4jApp = appOf(fresh);
    const firstEmbedded = await timed(() => request(embeddedApp, path));
    const cpuBefore = neo4jServer.cpuMs();
    const firstNeo4j = await timed(() => request(neo4jApp, path));
    const firstCpu = cpuSince(cpuBefore);
    apiRows.push({
      request: `${name}, first, all on the request`,
      'embedded ms': Math.round(firstEmbedded.ms),
      'Neo4j ms': Math.round(firstNeo4j.ms),
      'Neo4j CPU ms': firstCpu,
      'Neo4j / embedded': ratio(firstNeo4j.ms, firstEmbedded.ms),
    });
    // What `knooppunt serve` gives: its store computed the default findings ahead, at start.
    const serving = new Neo4jStore(config, { computeFindingsAhead: DEFAULT_RULE_PARAMETERS });
    freshStores.push(serving);
    await serving.settled();
    const servingCpuBefore = neo4jServer.cpuMs();
    const firstServing = await timed(() => request(appOf(serving), path));
    apiRows.push({
      request: `${name}, first, findings computed ahead at start`,
      'embedded ms': Math.round(firstEmbedded.ms),
      'Neo4j ms': Math.round(firstServing.ms),
      'Neo4j CPU ms': cpuSince(servingCpuBefore),
      'Neo4j / embedded': ratio(firstServing.ms, firstEmbedded.ms),
    });
    for (let round = 1; round <= repeat; round += 1) {
      const warmEmbedded = await timed(() => request(embeddedApp, path));
      const warmNeo4j = await timed(() => request(neo4jApp, path));
      apiRows.push({ request: `${name}, warm ${round}`, 'embedded ms': round2(warmEmbedded.ms), 'Neo4j ms': round2(warmNeo4j.ms), 'Neo4j / embedded': ratio(warmNeo4j.ms, warmEmbedded.ms) });
    }
  }
  printTable('through the API (target: warm ≤ 200 ms; warm = cached per store revision on both stores)', apiRows);
  await Promise.all(freshStores.map((fresh) => fresh.close()));
  await store.close();
} finally {
  await admin.close();
  await neo4jServer.dispose();
}

function appOf(store: GraphStore) {
  return createApp({ store, version: 'bench', centroids: [], logError: (error) => console.error(error) });
}

async function request(app: ReturnType<typeof createApp>, path: string): Promise<void> {
  const response = await app.request(path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** Neo4j's CPU milliseconds since `before`, or '' when the bench did not start Neo4j (no process to read). */
function cpuSince(before: number | undefined): number | string {
  const now = neo4jServer.cpuMs();
  return before === undefined || now === undefined ? '' : Math.round(now - before);
}

function ratio(a: number, b: number): number {
  return Math.round((a / b) * 10) / 10;
}

function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Samples the memory Neo4j reports for its running transactions every 50 ms; the largest sum, in MiB. */
function sampleTransactionMemory(): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { records } = await admin.executeQuery('SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory RETURN sum(estimatedUsedHeapMemory) AS bytes');
        peak = Math.max(peak, Number(records[0]?.get('bytes') ?? 0));
      } catch {
        // A sample lost is not a figure wrong.
      }
      await new Promise((resolveDelay) => setTimeout(resolveDelay, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return Math.round((peak / 1024 / 1024) * 10) / 10;
    },
  };
}

/**
 * The floor under any Bolt import: send every batch the importer sends (same rows, same batch size) to
 * `UNWIND $rows AS row RETURN count(*)`, which writes nothing. Encoding, transfer and decoding alone.
 */
async function shipParametersOnly(connection: { uri: string; user: string; password: string }): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { disableLosslessIntegers: true });
  const session = driver.session();
  try {
    for (const batch of importBatches(datasetToGraph(dataset))) await session.run('UNWIND $rows AS row RETURN count(*) AS rows', { rows: batch.rows });
  } finally {
    await session.close();
    await driver.close();
  }
}
