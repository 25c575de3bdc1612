// API throughput and latency under load (docs/performance.md, embedded backend), each beside a baseline measured
// in the same run:
// - cached answers (a zone's graph, a node's neighbourhood) under 200 connections, against a plain Node
//   HTTP server sending the same bytes from memory (target: ≥ 80 % of its throughput);
// - computed answers (a server whose cache keeps nothing) under 20 connections (target: p99 ≤ 100 ms);
// - a longer mixed load (cached answers, new queries, junk query strings) under 200 connections, with the
//   server's memory before and after (bounded by its answer cache).
// The servers run in their own processes; autocannon, and wrk where it is installed (apt-get install
// wrk), keep the connections busy for a fixed time, cycling over every zone (or many neighbourhoods).
// Run: pnpm bench api   (or: pnpm exec tsx tests/bench/api-load.bench.ts [--dataset demo|flanders]
//      [--seconds 10] [--mixed-seconds 60] [--parts cached,computed,mixed] [--repeat 3])
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
    'computed-connections': { type: 'string', default: '20' },
    'mixed-seconds': { type: 'string', default: '60' },
    parts: { type: 'string', default: 'cached,computed,mixed' },
    // The machine is shared and noisy: each cached and computed measurement is repeated this many times,
    // Knooppunt and the static server taking turns, and the ratios and p99s are printed as medians and ranges.
    repeat: { type: 'string', default: '1' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverScript = fileURLToPath(new URL('./support/bench-server.ts', import.meta.url));
const staticServerScript = fileURLToPath(new URL('./support/static-server.ts', import.meta.url));
const computedConnections = Number(values['computed-connections']);
const mixedSeconds = Number(values['mixed-seconds']);
const parts = new Set(values.parts.split(','));
const repeat = Math.max(1, Number(values.repeat));

const median = (list: readonly number[]): number => percentile([...list].sort((a, b) => a - b), 0.5);
/** "median (min–max)" of a list, or the one value. */
const summary = (list: readonly number[], digits = 0): string =>
  list.length === 1 ? list[0]!.toFixed(digits) : `${median(list).toFixed(digits)} (${Math.min(...list).toFixed(digits)}–${Math.max(...list).toFixed(digits)})`;

/** Starts `script` with `args`, resolving once it prints "listening <url>"; `input` goes to its stdin. */
function startProcess(script: string, args: readonly string[], input?: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repositoryRoot,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'inherit'],
    });
    if (input !== undefined) child.stdin!.end(input);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolvePromise({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

const startServer = (dataDir: string, datasetPath: string, cacheBytes?: number) =>
  startProcess(serverScript, [dataDir, datasetPath, ...(cacheBytes === undefined ? [] : [String(cacheBytes)])]);

/** The static baseline, holding the answers of `paths` as `url` sends them. */
const startStaticServer = (url: string, paths: readonly string[]) => startProcess(staticServerScript, [], paths.map((path) => `${path}\t${url}${path}`).join('\n'));

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN) / 1024;
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
async function underLoad(url: string, paths: readonly string[], gzip: boolean, load: { connections: number; seconds: number } = { connections, seconds }): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: load.connections,
    duration: load.seconds,
    headers: gzip ? { 'accept-encoding': 'gzip' } : {},
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

/** Every request a different path from `nextPath`, for loads that must miss the cache. */
async function underChangingLoad(url: string, nextPath: () => string, load: { connections: number; seconds: number }): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: load.connections,
    duration: load.seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  });
}

const folder = await mkdtemp(join(tmpdir(), 'knooppunt-bench-api-'));
let server: ChildProcess | undefined;
const helpers: ChildProcess[] = [];
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
  if (parts.has('cached')) await measureCached(started.url, zonePaths, neighbourhoodPaths, rows, withWrk);
  if (parts.has('computed')) await measureComputed(datasetPath, zonePaths, neighbourhoodPaths, withWrk);
  if (parts.has('mixed')) await measureMixed(started.url, server.pid!, zonePaths, neighbourhoodPaths);
} finally {
  server?.kill('SIGTERM');
  for (const helper of helpers) helper.kill('SIGTERM');
  await rm(folder, { recursive: true, force: true });
}

async function measureCached(knooppuntUrl: string, zonePaths: readonly string[], neighbourhoodPaths: readonly string[], rows: Record<string, string | number>[], withWrk: boolean): Promise<void> {
  const baseline = await startStaticServer(knooppuntUrl, [...zonePaths, ...neighbourhoodPaths]);
  helpers.push(baseline.child);
  const ratios: Record<string, string | number>[] = [];
  for (const [route, paths] of [
    ['zone graph', zonePaths],
    ['neighbourhood', neighbourhoodPaths],
  ] as const) {
    for (const gzip of [true, false]) {
      const encoding = gzip ? 'gzip (as browsers ask)' : 'uncompressed';
      // Per tool (autocannon, then wrk), Knooppunt's throughput as a percentage of the static server's, per round.
      const percents: number[][] = [[], []];
      for (let round = 1; round <= repeat; round += 1) {
        const throughput: Record<string, number[]> = {};
        for (const [serverName, url] of [
          ['knooppunt', knooppuntUrl],
          ['static baseline', baseline.url],
        ] as const) {
          const label = `${route}, ${encoding}, ${serverName}${repeat > 1 ? `, round ${round}` : ''}`;
          const result = await underLoad(url, paths, gzip);
          const requestsPerSecond = Math.round(result.requests.average);
          rows.push({ route: `${label}, autocannon`, p50: result.latency.p50, p99: result.latency.p99, 'req/s': requestsPerSecond, errors: result.errors + result.non2xx });
          const measured = [requestsPerSecond];
          if (withWrk) {
            const wrk = await runWrk(url, paths, { connections, seconds, gzip, folder });
            rows.push({ route: `${label}, wrk`, p50: wrk.p50.toFixed(1), p99: wrk.p99.toFixed(1), 'req/s': wrk.requestsPerSecond, errors: wrk.errors });
            measured.push(wrk.requestsPerSecond);
          }
          throughput[serverName] = measured;
        }
        throughput.knooppunt!.forEach((value, tool) => percents[tool]!.push((value / throughput['static baseline']![tool]!) * 100));
      }
      ratios.push({ route: `${route}, ${encoding}`, 'autocannon %': summary(percents[0]!), ...(withWrk ? { 'wrk %': summary(percents[1]!) } : {}) });
    }
  }
  printTable(`Cached answers in ms under ${connections} connections, beside a static server sending the same bytes`, rows);
  printTable(`Knooppunt throughput as % of the static baseline (target ≥ 80 %)${repeat > 1 ? `, median (range) of ${repeat} rounds` : ''}`, ratios);
  baseline.child.kill('SIGTERM');
}

async function measureComputed(datasetPath: string, zonePaths: readonly string[], neighbourhoodPaths: readonly string[], withWrk: boolean): Promise<void> {
  // Computed answers: a second server on its own copy of the store, whose cache keeps nothing.
  const computing = await startServer(join(folder, 'store-uncached'), datasetPath, 0);
  helpers.push(computing.child);
  const computedRows: Record<string, string | number>[] = [];
  const p99Rows: Record<string, string | number>[] = [];
  for (const [route, paths] of [
    ['zone graph', zonePaths],
    ['neighbourhood', neighbourhoodPaths],
  ] as const) {
    // The first seconds of a fresh server, shown apart: the elements' JSON is being kept (subgraph-json.ts)
    // and the code optimised; the measurements after them are the server's steady state.
    const first = await underLoad(computing.url, paths, true, { connections: computedConnections, seconds: 3 });
    computedRows.push({ route: `${route}, first 3 s of a fresh server`, p50: first.latency.p50, p99: first.latency.p99, 'req/s': Math.round(first.requests.average), errors: first.errors + first.non2xx });
    const p99s: number[][] = [[], []];
    for (let round = 1; round <= repeat; round += 1) {
      const label = `${route}, computed every time${repeat > 1 ? `, round ${round}` : ''}`;
      const result = await underLoad(computing.url, paths, true, { connections: computedConnections, seconds });
      computedRows.push({ route: `${label}, autocannon`, p50: result.latency.p50, p99: result.latency.p99, 'req/s': Math.round(result.requests.average), errors: result.errors + result.non2xx });
      p99s[0]!.push(result.latency.p99);
      if (withWrk) {
        const wrk = await runWrk(computing.url, paths, { connections: computedConnections, seconds, gzip: true, folder });
        computedRows.push({ route: `${label}, wrk`, p50: wrk.p50.toFixed(1), p99: wrk.p99.toFixed(1), 'req/s': wrk.requestsPerSecond, errors: wrk.errors });
        p99s[1]!.push(wrk.p99);
      }
    }
    if (repeat > 1) p99Rows.push({ route, 'autocannon p99 ms': summary(p99s[0]!), ...(withWrk ? { 'wrk p99 ms': summary(p99s[1]!, 1) } : {}) });
  }
  printTable(`Computed answers in ms under ${computedConnections} connections (target: p99 ≤ 100 ms)`, computedRows);
  if (repeat > 1) printTable(`Computed answers' p99 under ${computedConnections} connections, median (range) of ${repeat} rounds`, p99Rows);
  computing.child.kill('SIGTERM');
}

async function measureMixed(knooppuntUrl: string, pid: number, zonePaths: readonly string[], neighbourhoodPaths: readonly string[]): Promise<void> {
  // Mixed load: cached zone graphs, neighbourhoods never asked before (computed, then cached until the
  // cache's bound), and junk query strings that must not grow the cache.
  let turn = 0;
  const mixedPath = (): string => {
    turn += 1;
    const kind = turn % 3;
    if (kind === 0) return zonePaths[turn % zonePaths.length]!;
    if (kind === 1) return `${neighbourhoodPaths[turn % neighbourhoodPaths.length]!}&limit=${1 + (turn % 2000)}`;
    return `${zonePaths[turn % zonePaths.length]!}?junk=${turn}`;
  };
  // In three parts, with the server's memory after each: bounded memory levels off instead of climbing.
  const mixedRows: Record<string, string | number>[] = [{ part: 'before', 'RSS MB': (await residentMegabytes(pid)).toFixed(0) }];
  for (let part = 1; part <= 3; part += 1) {
    const mixed = await underChangingLoad(knooppuntUrl, mixedPath, { connections, seconds: Math.round(mixedSeconds / 3) });
    mixedRows.push({
      part: `${part} of 3`,
      p50: mixed.latency.p50,
      p99: mixed.latency.p99,
      'req/s': Math.round(mixed.requests.average),
      errors: mixed.errors + mixed.non2xx,
      timeouts: mixed.timeouts,
      'RSS MB': (await residentMegabytes(pid)).toFixed(0),
    });
  }
  printTable(`Mixed load for ${mixedSeconds} s under ${connections} connections (cached, new and junk queries; answer cache bound 128 MiB)`, mixedRows);
}
