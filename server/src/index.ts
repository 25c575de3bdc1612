// Starts the server from the environment alone (PORT, KNOOPPUNT_DATA, KNOOPPUNT_TOKEN): `pnpm --filter @knooppunt/server start`.
import { configFromEnvironment } from './config';
import { startFromConfig } from './serve';

try {
  const running = await startFromConfig(configFromEnvironment());
  console.log(`Knooppunt listening on ${running.url}`);
} catch (error) {
  // A configuration mistake (a weak token, a bad PORT) reads better as one line than as a stack trace.
  console.error(`Knooppunt did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
