// Launches Debian's Chromium through playwright-core for the end-to-end tests and benchmarks.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KNOOPPUNT_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh headless Chromium with playwright's default temporary profile, so no state leaks between runs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`tests/e2e: no Chromium at ${CHROMIUM_PATH}; install it with \`apt-get install -y chromium\` or set KNOOPPUNT_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/**
 * A page of `browser` on which the app installs its test hooks (`window.__knooppunt`, web/src/lib/test-hooks.ts):
 * the flag is set before any of the app's scripts run, on every navigation of the page.
 */
export async function newTestPage(browser: Browser, options?: Parameters<Browser['newPage']>[0]): Promise<Page> {
  return withTestHooks(await browser.newPage(options));
}

/** `page` (of a context of its own, say), with the app's test hooks installed on every navigation. */
export async function withTestHooks(page: Page): Promise<Page> {
  await page.addInitScript('window.__knooppuntTestHooks = true;');
  return page;
}
