// The server under load, in its own process so the load generator does not share its event loop.
// Usage: bench-server <dataDir> <datasetPath>; prints "listening <url>" when ready.
import { startKnooppunt } from '@knooppunt/server/serve';

const [dataDir, datasetPath] = process.argv.slice(2);
if (dataDir === undefined || datasetPath === undefined) throw new Error('usage: bench-server <dataDir> <datasetPath>');
const running = await startKnooppunt({ port: 0, dataDir, seedFrom: datasetPath });
process.stdout.write(`listening ${running.url}\n`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
