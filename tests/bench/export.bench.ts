// Export speed and memory at Flanders scale (docs/performance.md: GraphML in ≤ 2 s, streamed): every format from
// the embedded store into a sink that only counts bytes, with the peak growth of RSS and heap over the
// baseline, sampled at every chunk (and, in a second, untimed run, of the live heap); beside it, graphology-gexf's in-memory write of the same graph as a
// peer that builds the whole document first. With NEO4J_URI set, the same exports from Neo4j.
// Run: pnpm bench export   (or: pnpm exec tsx tests/bench/export.bench.ts [--seed 42])
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { EXPORT_FORMATS, type ExportFormat } from '@knooppunt/server/domain/export-format';
import { documentEdge, documentNode, GRAPH_DOCUMENT_OPTIONS } from '@knooppunt/server/domain/graph-document';
import { exportGraph } from '@knooppunt/server/export/export-graph';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { Neo4jStore } from '@knooppunt/server/store/neo4j/neo4j-store';
import Graph from 'graphology';
import { write as writeGexfInMemory } from 'graphology-gexf';
import { printTable, timed } from './support';
import { benchNeo4j } from './support/bench-neo4j';
import { wholeGraph } from '../support/export-support';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '42' } } });
const TARGET_MS: Partial<Record<string, number>> = { graphml: 2_000 };

// A clean baseline needs a full collection before each run; this turns on gc() without a command-line flag.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const megabytes = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

interface MemoryPeak {
  rss: number;
  heapUsed: number;
}

/** Peaks over a baseline taken after a full collection; `collectEvery` also collects every that many samples, so the heap peak is what is live, not garbage. */
function memoryTracker(collectEvery = 0): { sample(): void; growth(): MemoryPeak } {
  collectGarbage();
  const baseline = process.memoryUsage();
  const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed };
  let samples = 0;
  return {
    sample() {
      samples += 1;
      if (collectEvery > 0 && samples % collectEvery === 0) collectGarbage();
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    },
    growth: () => ({ rss: peak.rss - baseline.rss, heapUsed: peak.heapUsed - baseline.heapUsed }),
  };
}

/** One export into a sink that counts bytes, sampling memory at every chunk. */
async function exportInto(store: GraphStore, format: ExportFormat, memory: { sample(): void }): Promise<{ bytes: number; chunks: number; ms: number }> {
  let bytes = 0;
  let chunks = 0;
  const { ms } = await timed(async () => {
    const graphExport = (await exportGraph(store, { format, appVersion: 'bench' }))!;
    for await (const chunk of graphExport.chunks) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      chunks += 1;
      memory.sample();
    }
  });
  return { bytes, chunks, ms };
}

async function measureStore(label: string, store: GraphStore): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const format of EXPORT_FORMATS) {
    const memory = memoryTracker();
    const { bytes, chunks, ms } = await exportInto(store, format, memory);
    // A second run, collecting garbage every 5 chunks (so not timed), tells the live heap from the garbage.
    const live = memoryTracker(5);
    await exportInto(store, format, live);
    rows.push({
      store: label,
      export: format,
      ms: Math.round(ms),
      'target ms': TARGET_MS[format] ?? '',
      MB: megabytes(bytes),
      chunks,
      'peak RSS growth MB': megabytes(memory.growth().rss),
      'peak heap growth MB': megabytes(memory.growth().heapUsed),
      'peak live heap growth MB': megabytes(live.growth().heapUsed),
    });
  }
  return rows;
}

/** The peer: graphology-gexf writes the whole document into one string from a graph held in memory. */
async function measurePeer(store: GraphStore): Promise<Record<string, string | number>> {
  const { nodes, relationships } = await wholeGraph(store);
  const graph = Graph.from({ attributes: {}, options: GRAPH_DOCUMENT_OPTIONS, nodes: nodes.map(documentNode), edges: relationships.map(documentEdge) });
  const memory = memoryTracker();
  const { value: text, ms } = await timed(() => writeGexfInMemory(graph));
  memory.sample();
  const growth = memory.growth();
  return {
    store: 'graphology-gexf write (in memory)',
    export: 'gexf',
    ms: Math.round(ms),
    'target ms': '',
    MB: megabytes(Buffer.byteLength(text)),
    chunks: 1,
    // A synchronous write cannot be sampled while it runs: this is what it holds at the end, a lower bound of its peak.
    'peak RSS growth MB': megabytes(growth.rss),
    'peak heap growth MB': megabytes(growth.heapUsed),
    'peak live heap growth MB': megabytes(growth.heapUsed),
  };
}

const dataset = generateDataset({ seed: Number(values.seed), scale: 'flanders' });
const embedded = EmbeddedStore.inMemory();
await embedded.importDataset(dataset);
const counts = await embedded.counts();
console.log(`flanders, seed ${values.seed}: ${counts.nodes} nodes, ${counts.relationships} relationships`);

// A first run of every format warms the JIT; the table shows the second.
await measureStore('embedded (warm-up)', embedded);
const rows = [...(await measureStore('embedded', embedded)), await measurePeer(embedded)];

if (process.env.NEO4J_URI) {
  const neo4jServer = await benchNeo4j();
  try {
    const store = new Neo4jStore(neo4jServer.config);
    await store.importDataset(dataset, { replace: true });
    // The content hash is computed once per import and kept; read it before timing, as a running server would have.
    await store.datasetInfo();
    rows.push(...(await measureStore('neo4j', store)));
    await store.close();
  } finally {
    await neo4jServer.dispose();
  }
}

printTable('exports at Flanders scale into a counting sink: time, size, and peak memory growth over the baseline', rows);
