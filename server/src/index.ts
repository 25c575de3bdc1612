// Starts the server from the environment alone (PORT, KNOOPPUNT_DATA, KNOOPPUNT_TOKEN): `pnpm --filter @knooppunt/server start`
// (bundled into server/dist/server.js first).
import { configFromEnvironment } from './config';
import { startFromConfig } from './serve';

try {
  const running = await startFromConfig(configFromEnvironment());
  console.log(`Knooppunt listening on ${running.url}`);
  // Closing gives the store's lock back, so a command-line import can follow at once.
  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // A configuration mistake (a weak token, a bad PORT, a store in use) reads better as one line than as a stack trace.
  console.error(`Knooppunt did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
