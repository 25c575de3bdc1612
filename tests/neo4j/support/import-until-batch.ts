// A Knooppunt process importing into Neo4j that stops dead after a given batch has committed: it says so
// on stdout and then waits, so a test can kill it exactly between two batches.
//   node --import tsx import-until-batch.ts <stop-after-batch> <batch-size>   (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { neo4jConfigFromEnvironment } from '@knooppunt/server/store/neo4j/neo4j-config';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import { provincesOf } from '../../support/dataset-subsets';

const [stopAfter, batchSize] = process.argv.slice(2).map(Number);
const store = new Neo4jStore(neo4jConfigFromEnvironment()!, {
  importBatchSize: batchSize!,
  afterImportBatch: async ({ index }) => {
    if (index !== stopAfter) return;
    process.stdout.write(`committed batch ${index}\n`);
    await new Promise(() => undefined); // until killed
  },
});
await store.importDataset(provincesOf(generateDataset({ seed: 5, scale: 'flanders' }), 1), { replace: true });
process.stdout.write('published\n');
await store.close();
