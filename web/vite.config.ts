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

/**
 * Builds src/boot.ts as an entry of its own and puts it first in the page's head: a few kilobytes that start
 * loading a graph view's code while the browser is still fetching and parsing the app's bundle.
 */
function bootScriptFirst(): Plugin {
  return {
    name: 'knooppunt:boot-script-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith('/src/boot.ts'));
        if (!boot) throw new Error('knooppunt:boot-script-first: the build has no src/boot.ts entry');
        // Module scripts run in the order they appear: before the app's, which Vite has put in by now.
        const app = html.indexOf('<script type="module"');
        if (app < 0) throw new Error('knooppunt:boot-script-first: the page has no module script');
        return `${html.slice(0, app)}<script type="module" crossorigin src="/${boot.fileName}"></script>\n    ${html.slice(app)}`;
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), recordBuildInputs(), bootScriptFirst()],
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
      input: { index: join(webDir, 'index.html'), boot: join(webDir, 'src', 'boot.ts') },
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
