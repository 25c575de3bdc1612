// A child process for the crash test: imports two datasets by turns, forever, until it is killed.
// The big one makes each write take long enough that a kill lands in the middle of one.
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { smallDataset } from '../../support/small-dataset';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: store-writer <dataDir>');
const store = await EmbeddedStore.open(dataDir, { exclusive: true });
const datasets = [smallDataset(), generateDataset({ seed: 7, scale: 'flanders' })];
process.stdout.write('ready\n');
for (let turn = 0; ; turn += 1) {
  await store.importDataset(datasets[turn % 2]!, { replace: true });
  process.stdout.write(`wrote ${turn % 2}\n`);
}
