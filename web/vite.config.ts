import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API runs as its own process in development; the dev server forwards /api to it so the app
// always talks to its own origin, as it does when the server serves the built files.
const apiPort = process.env.KNOOPPUNT_API_PORT ?? '5173';
const webDir = dirname(fileURLToPath(import.meta.url));

/** Where a build lists the files it read, for web/scripts/build.mjs to skip the next build when none changed. */
export const BUILD_INPUTS_FILE = join(webDir, 'node_modules', '.cache', 'knooppunt', 'build-inputs.json');

/** Records every file the bundle was made from (sources, packages, the server's domain modules). */
function recordBuildInputs(): Plugin {
  let inputs: string[] = [];
  return {
    name: 'knooppunt:record-build-inputs',
    apply: 'build',
    generateBundle() {
      inputs = [...this.getModuleIds()].map((id) => id.split('?')[0]!).filter((id) => isAbsolute(id));
    },
    closeBundle() {
      mkdirSync(dirname(BUILD_INPUTS_FILE), { recursive: true });
      writeFileSync(BUILD_INPUTS_FILE, JSON.stringify([...new Set(inputs)]));
    },
  };
}

export default defineConfig({
  plugins: [react(), recordBuildInputs()],
  server: {
    port: 5174,
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Rolldown's report of slow plugins fires on a busy machine at every build; it is advice, not a fault.
      checks: { bundlerTimings: false },
      output: {
        // Cytoscape and its force layout in chunks of their own: only the views that draw a graph load
        // them, and each stays under Vite's size warning.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /[\\/]node_modules[\\/]cytoscape[\\/]/ },
            { name: 'cytoscape-fcose', test: /[\\/]node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/ },
          ],
        },
      },
    },
  },
});
