// Import speed at Flanders scale into Neo4j and into the embedded store, side by side in one run
// (DOMAIN.md §6: Neo4j ≥ 50,000 rows/s). The dataset is parsed once; both stores get the same value.
// Run: pnpm bench neo4j   (starts its own Neo4j from .cache/neo4j, or uses NEO4J_URI)
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { datasetRowCount } from '@knooppunt/server/domain/dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { IMPORT_BATCH_SIZE } from '@knooppunt/server/store/neo4j/neo4j-import';
import { nodeWriteRow, relationshipWriteRow } from '@knooppunt/server/store/neo4j/neo4j-records';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import neo4j from 'neo4j-driver';
import { perSecond, printTable, timed } from './support';
import { benchNeo4j } from './support/bench-neo4j';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'flanders' }, seed: { type: 'string', default: '42' } } });
const dataset = generateDataset({ seed: Number(values.seed), scale: values.scale as GeneratorScale });
const rows = datasetRowCount(dataset);

const neo4jServer = await benchNeo4j();
const { config } = neo4jServer;
try {
  const embedded = EmbeddedStore.inMemory();
  const embeddedImport = await timed(() => embedded.importDataset(dataset, { replace: true }));
  const store = new Neo4jStore(config);
  await store.counts(); // applies the schema, so the import is timed alone
  const first = await timed(() => store.importDataset(dataset, { replace: true }));
  // A long-running Neo4j has compiled its queries and warmed its JIT; the second replace shows that state.
  const warm = await timed(() => store.importDataset(dataset, { replace: true }));
  const again = await timed(() => store.importDataset(dataset));
  const shipping = await timed(() => shipParametersOnly(config));
  const counts = first.value.counts;
  if (JSON.stringify(counts) !== JSON.stringify(embeddedImport.value.counts)) throw new Error('the two stores hold different counts');

  console.log(`dataset: ${values.scale}, seed ${values.seed}: ${rows} rows → ${counts.nodes} nodes, ${counts.relationships} relationships`);
  printTable('import (target: Neo4j ≥ 50,000 rows/s)', [
    { store: 'embedded (in memory)', ms: Math.round(embeddedImport.ms), 'rows/s': perSecond(rows, embeddedImport.ms) },
    { store: 'Neo4j, into an empty database (one transaction), fresh JVM', ms: Math.round(first.ms), 'rows/s': perSecond(rows, first.ms) },
    { store: 'Neo4j, --replace of the same data, warm', ms: Math.round(warm.ms), 'rows/s': perSecond(rows, warm.ms) },
    { store: 'Neo4j, the same data again (upsert)', ms: Math.round(again.ms), 'rows/s': perSecond(rows, again.ms) },
    { store: 'Neo4j ceiling: the same parameters sent and unwound, nothing written', ms: Math.round(shipping.ms), 'rows/s': perSecond(rows, shipping.ms) },
  ]);
  await store.close();
} finally {
  await neo4jServer.dispose();
}

/**
 * The floor under any Bolt import: send every batch the importer sends (same rows, same batch size) to
 * `UNWIND $rows AS row RETURN count(*)`, which writes nothing. Encoding, transfer and decoding alone.
 */
async function shipParametersOnly(config: { uri: string; user: string; password: string }): Promise<void> {
  const content = datasetToGraph(dataset);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  const session = driver.session();
  try {
    const batches = [
      ...chunks(content.nodes).map((batch) => batch.map(nodeWriteRow)),
      ...chunks(content.relationships).map((batch) => batch.map(relationshipWriteRow)),
    ];
    for (const batch of batches) await session.run('UNWIND $rows AS row RETURN count(*) AS rows', { rows: batch });
  } finally {
    await session.close();
    await driver.close();
  }
}

function chunks<T>(items: readonly T[], size = IMPORT_BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
