// The app as a person meets it, for end-to-end tests and screenshots: the server on a fresh copy of
// the demo data, serving the built web app, and a headless Chromium to look at it with.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, newTestPage } from './browser';

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
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    // Without a browser there is no app to test: the server and its data folder go too.
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
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
export function useDemoApp(options: DemoAppOptions = {}): {
  readonly server: RunningKnooppunt;
  readonly browser: Browser;
  /** A new page that is closed after its test, whether the test passed or failed. */
  newPage: Browser['newPage'];
} {
  let app: DemoApp | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    app = await startDemoApp(options);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
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
    newPage: async (pageOptions) => {
      const page = await newTestPage(started().browser, pageOptions);
      pages.push(page);
      return page;
    },
  };
}
