// The explorer end to end: a real server on the demo data, the built web app, headless Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphReady, useDemoApp } from './demo-app';

const ZONE = 'zone:noord-antwerpen';
const MUNICIPALITY = 'nis:11002'; // Antwerpen, which lies in four zones

const demo = useDemoApp();

// Evaluated as strings: the test runner's transpiler may wrap functions in helpers the page lacks.
const nodeCount = (page: Page) => page.evaluate<number>('window.__knooppunt.cy.nodes().length');
const selectedIds = (page: Page) => page.evaluate<string[]>("window.__knooppunt.cy.$('node:selected').map(n => n.id())");

describe('explorer', () => {
  it('opens a zone, selects a municipality, filters the table, and reopens the same view from its link', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?view=graph`);
    // The banner appears once /api/health has answered: wait for it rather than look right after load.
    await page.getByTestId('notice-banner').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.evaluate('document.documentElement.lang')).toBe('nl-BE');

    await page.getByTestId('zone-picker').selectOption(ZONE);
    await graphReady(page);
    expect(await nodeCount(page)).toBeGreaterThan(0);

    await page.evaluate(`window.__knooppunt.cy.getElementById(${JSON.stringify(MUNICIPALITY)}).emit('tap'); null`);
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Antwerpen');
    const zones = page.getByTestId('node-panel-zones');
    await zones.getByText('Noord Antwerpen').waitFor();
    expect(await zones.locator('li').count()).toBe(4);
    expect(await selectedIds(page)).toEqual([MUNICIPALITY]);

    await page.getByTestId('view-toggle').locator('button[data-view="split"]').click();
    const rows = page.getByTestId('table-row');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.getByTestId('table-filter').fill('Schoten');
    await expect.poll(() => rows.count()).toBeLessThan(before);
    expect(await rows.count()).toBeGreaterThan(0);

    await page.getByTestId('label-filter-Organisation').uncheck();
    await graphReady(page);
    const shownWithoutOrganisations = await nodeCount(page);

    const link = page.url();
    expect(link).toContain(`node=${encodeURIComponent(MUNICIPALITY)}`);
    const reopened = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await reopened.goto(link);
    await graphReady(reopened);
    await expect(reopened.getByTestId('zone-picker').inputValue()).resolves.toBe(ZONE);
    await expect.poll(() => reopened.getByTestId('node-panel-title').textContent()).toBe('Antwerpen');
    await expect(reopened.getByTestId('label-filter-Organisation').isChecked()).resolves.toBe(false);
    await expect(reopened.getByTestId('label-filter-Offer').isChecked()).resolves.toBe(false);
    expect(await nodeCount(reopened)).toBe(shownWithoutOrganisations);
    expect(await selectedIds(reopened)).toEqual([MUNICIPALITY]);
    await reopened.getByTestId('node-table').waitFor();

  });

  it('speaks English when asked, and remembers it', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}`);
    await graphReady(page);
    await page.getByTestId('lang-switch').locator('button[data-lang="en"]').click();
    // The language follows the click through a render and an effect: wait for it rather than read at once.
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en-GB');
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect(page.getByTestId('label-filter-Municipality').locator('xpath=..').textContent()).resolves.toContain('Municipalities');

    await page.goto(demo.server.url);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en-GB');
  });

  it('finds a municipality by search and opens its zone with it selected', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?view=graph`);
    await page.getByTestId('search-input').fill('Schoten');
    await page.getByTestId('search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await graphReady(page);
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Schoten');
    expect(await page.getByTestId('zone-picker').inputValue()).toBe(ZONE);
  });

  it('installs its test hooks only when asked: not on an ordinary page, yes with ?testhooks=1', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}`);
      await graphReady(page);
      expect(await page.evaluate('typeof window.__knooppunt')).toBe('undefined');
      await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}&testhooks=1`);
      await graphReady(page);
      expect(await nodeCount(page)).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});
