// The server under load, in its own process so the load generator does not share its event loop.
// Usage: bench-server <dataDir> <datasetPath> [cacheBytes]; prints "listening <url>" when ready.
// A cache of 0 bytes keeps nothing: every answer is computed, for the computed-answer measurements.
import { startKnooppunt } from '@knooppunt/server/serve';

const [dataDir, datasetPath, cacheBytes] = process.argv.slice(2);
if (dataDir === undefined || datasetPath === undefined) throw new Error('usage: bench-server <dataDir> <datasetPath> [cacheBytes]');
const running = await startKnooppunt({ port: 0, dataDir, seedFrom: datasetPath, ...(cacheBytes !== undefined ? { cacheBytes: Number(cacheBytes) } : {}) });
process.stdout.write(`listening ${running.url}\n`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
