// The app as a person meets it, for end-to-end tests and screenshots: the server on a fresh copy of
// the demo data, serving the built web app, and a headless Chromium to look at it with.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

export const repository = fileURLToPath(new URL('../../', import.meta.url));

export interface DemoApp {
  server: RunningKnooppunt;
  browser: Browser;
  close(): Promise<void>;
}

export interface DemoAppOptions {
  /** The server's KNOOPPUNT_TOKEN; without it every write is refused (403). */
  token?: string;
}

export async function startDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  const webDist = join(repository, 'web', 'dist');
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error('tests/e2e: web/dist is missing; run `pnpm --filter @knooppunt/web build` first');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-e2e-'));
  const server = await startKnooppunt({
    port: 0,
    dataDir,
    seedFrom: join(repository, 'fixtures', 'demo'),
    webDist,
    centroidsFile: join(repository, 'fixtures', 'geo', 'municipality-centroids.csv'),
    boundariesFile: join(repository, 'fixtures', 'geo', 'municipalities-2025.topo.json'),
    ...(options.token !== undefined ? { token: options.token } : {}),
  });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
}

/** Starts the demo app before a test file's tests and closes it after; read it through the getters. */
export function useDemoApp(options: DemoAppOptions = {}): { readonly server: RunningKnooppunt; readonly browser: Browser } {
  let app: DemoApp | undefined;
  beforeAll(async () => {
    app = await startDemoApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  const started = (): DemoApp => {
    if (app === undefined) throw new Error('tests/e2e: the demo app is not started yet');
    return app;
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
  };
}
