// The command line and server as users run them: the JavaScript bundles of server/dist (built by
// server/scripts/build.mjs), not the TypeScript sources through tsx.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../', import.meta.url));

/** The `knooppunt` bin (server/bin/knooppunt.js), to run as `node KNOOPPUNT_CLI <command> …`. */
export const KNOOPPUNT_CLI = fileURLToPath(new URL('../../server/bin/knooppunt.js', import.meta.url));

/** The server started from the environment alone (server/src/index.ts, bundled). */
export const KNOOPPUNT_SERVER = fileURLToPath(new URL('../../server/dist/server.js', import.meta.url));

/** Vitest global setup: brings server/dist up to date once per run (a few ms when nothing changed). */
export default function buildCompiledServer(): void {
  execFileSync(process.execPath, ['server/scripts/build.mjs', '--quiet'], { cwd: repository, stdio: 'inherit' });
}
