// Import speed of the embedded store at Flanders scale (docs/performance.md): parse + validate the CSV folder,
// then build and persist the graph. Prints rows/s per phase and overall.
// Run: pnpm bench import   (or: pnpm exec tsx tests/bench/import.bench.ts [--scale tenfold])
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { writeDatasetCsv } from '@knooppunt/fixtures/lib/write-dataset';
import { datasetRowCount } from '@knooppunt/server/domain/dataset';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { perSecond, printTable, timed } from './support';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'flanders' }, seed: { type: 'string', default: '42' } } });
const scale = values.scale as GeneratorScale;
const folder = await mkdtemp(join(tmpdir(), 'knooppunt-bench-import-'));
try {
  const generated = await timed(() => generateDataset({ seed: Number(values.seed), scale }));
  const csvFolder = join(folder, 'dataset');
  writeDatasetCsv(generated.value, csvFolder);
  const rows = datasetRowCount(generated.value);

  const parsed = await timed(() => readDataset(csvFolder));
  const inMemory = EmbeddedStore.inMemory();
  const memoryImport = await timed(() => inMemory.importDataset(parsed.value));
  const persisted = await EmbeddedStore.open(join(folder, 'store'));
  const persistedImport = await timed(() => persisted.importDataset(parsed.value));
  const reopen = await timed(() => EmbeddedStore.open(join(folder, 'store')));
  const counts = memoryImport.value.counts;

  console.log(`dataset: ${scale}, seed ${values.seed}: ${rows} rows → ${counts.nodes} nodes, ${counts.relationships} relationships`);
  printTable('embedded import', [
    { phase: 'parse + validate CSV', ms: Math.round(parsed.ms), 'rows/s': perSecond(rows, parsed.ms) },
    { phase: 'import into memory', ms: Math.round(memoryImport.ms), 'rows/s': perSecond(rows, memoryImport.ms) },
    { phase: 'import + persist to file', ms: Math.round(persistedImport.ms), 'rows/s': perSecond(rows, persistedImport.ms) },
    { phase: 'CSV → persisted store (total)', ms: Math.round(parsed.ms + persistedImport.ms), 'rows/s': perSecond(rows, parsed.ms + persistedImport.ms) },
    { phase: 'reopen store from file', ms: Math.round(reopen.ms), 'rows/s': perSecond(rows, reopen.ms) },
  ]);
  await Promise.all([inMemory.close(), persisted.close(), reopen.value.close()]);
} finally {
  await rm(folder, { recursive: true, force: true });
}
