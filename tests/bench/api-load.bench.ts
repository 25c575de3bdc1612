// API latency under load (DOMAIN.md §6: a zone's graph and a node's neighbourhood at p99 ≤ 20 ms under
// 200 concurrent requests, embedded backend). The server runs in its own process; autocannon, and wrk
// where it is installed, keep 200 connections busy for a fixed time, cycling over every zone (or many
// municipalities' neighbourhoods).
// Run: pnpm bench api   (or: pnpm exec tsx tests/bench/api-load.bench.ts [--dataset demo|flanders] [--seconds 10])
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { writeDatasetCsv } from '@knooppunt/fixtures/lib/write-dataset';
import type { ZoneSummary } from '@knooppunt/server/domain/api';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { percentile, printTable } from './support';
import { runWrk, wrkAvailable } from './support/wrk';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'flanders' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverScript = fileURLToPath(new URL('./support/bench-server.ts', import.meta.url));

function startServer(dataDir: string, datasetPath: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', serverScript, dataDir, datasetPath], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolvePromise({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** Times each path once, one request at a time, on a fresh server: the uncached cost of an answer. */
async function coldLatencies(url: string, paths: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(url + path);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Browsers always ask for gzip; plain answers show the cost of the bytes themselves. */
async function underLoad(url: string, paths: readonly string[], gzip: boolean): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    headers: gzip ? { 'accept-encoding': 'gzip' } : {},
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

const folder = await mkdtemp(join(tmpdir(), 'knooppunt-bench-api-'));
let server: ChildProcess | undefined;
try {
  let datasetPath = join(repositoryRoot, 'fixtures', 'demo');
  if (values.dataset === 'flanders') {
    datasetPath = join(folder, 'dataset');
    writeDatasetCsv(generateDataset({ seed: 42, scale: 'flanders' }), datasetPath);
  }
  const started = await startServer(join(folder, 'store'), datasetPath);
  server = started.child;
  const zones = (await (await fetch(`${started.url}/api/zones`)).json()) as ZoneSummary[];
  const zonePaths = zones.map((zone) => `/api/zones/${encodeURIComponent(zone.id)}/graph`);
  const sampleGraphs = await Promise.all(zonePaths.slice(0, 10).map(async (path) => (await fetch(started.url + path)).text()));
  const sizes = sampleGraphs.map((text) => Buffer.byteLength(text));
  const municipalities = sampleGraphs.flatMap((text) => (JSON.parse(text) as Subgraph).nodes.filter((node) => node.label === 'Municipality'));
  const neighbourhoodPaths = [...new Set(municipalities.map((node) => node.id))].map(
    (id) => `/api/nodes/${encodeURIComponent(id)}/neighbourhood?depth=1`,
  );

  console.log(`dataset: ${values.dataset}; ${zones.length} zones; zone graph answers ~${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024)} KiB`);
  console.log(`load: ${connections} concurrent connections for ${seconds} s per route, autocannon in a separate process from the server\n`);
  const withWrk = await wrkAvailable();
  if (!withWrk) console.log('wrk is not installed (apt-get install wrk): measuring with autocannon only\n');
  const coldZones = await coldLatencies(started.url, zonePaths.slice(10));
  const coldNeighbourhoods = await coldLatencies(started.url, neighbourhoodPaths);
  const rows: Record<string, string | number>[] = [
    { route: 'zone graph, first request (uncached, sequential)', p50: coldZones[Math.floor(coldZones.length / 2)]!.toFixed(1), p99: percentile(coldZones, 0.99).toFixed(1), 'req/s': '-' },
    { route: 'neighbourhood, first request (uncached, sequential)', p50: coldNeighbourhoods[Math.floor(coldNeighbourhoods.length / 2)]!.toFixed(1), p99: percentile(coldNeighbourhoods, 0.99).toFixed(1), 'req/s': '-' },
  ];
  for (const [route, paths] of [
    ['zone graph', zonePaths],
    ['neighbourhood', neighbourhoodPaths],
  ] as const) {
    for (const gzip of [true, false]) {
      const encoding = gzip ? 'gzip (as browsers ask)' : 'uncompressed';
      const result = await underLoad(started.url, paths, gzip);
      rows.push({
        route: `${route}, ${encoding}, autocannon`,
        p50: result.latency.p50,
        p99: result.latency.p99,
        'req/s': Math.round(result.requests.average),
        errors: result.errors + result.non2xx,
      });
      if (withWrk) {
        const measured = await runWrk(started.url, paths, { connections, seconds, gzip, folder });
        rows.push({ route: `${route}, ${encoding}, wrk`, p50: measured.p50.toFixed(1), p99: measured.p99.toFixed(1), 'req/s': measured.requestsPerSecond, errors: measured.errors });
      }
    }
  }
  printTable('API latency in ms (target: p99 ≤ 20 ms under 200 concurrent requests)', rows);
} finally {
  server?.kill('SIGTERM');
  await rm(folder, { recursive: true, force: true });
}
