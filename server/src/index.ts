// Starts the server from the environment alone (PORT, KNOOPPUNT_DATA, KNOOPPUNT_TOKEN): `pnpm --filter @knooppunt/server start`.
import { configFromEnvironment } from './config';
import { startFromConfig } from './serve';

const running = await startFromConfig(configFromEnvironment());
console.log(`Knooppunt listening on ${running.url}`);
