// The layout cache (web/src/features/graph/layout/position-cache.ts) on a second visit: Bruzel with its offers
// opened once in a browser, then opened again, with the cache as the first visit left it and with it emptied,
// in the same run, alternating which goes first. Printed per layout: the geographic default and the force layout.
// What the cache cannot save is Cytoscape's first fit and paint (every element's style and label size), which
// takes most of what remains.
// Run: pnpm bench layout-cache   (or: pnpm exec tsx tests/bench/web-layout-cache.bench.ts [--runs 5])
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { withTestHooks } from '../e2e/browser';
import { startDemoApp } from '../e2e/demo-app';
import { percentile, printTable } from './support';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const VIEWPORT = { width: 1440, height: 900 };
const LAYOUTS = ['geographic', 'fcose'] as const;

interface Visit {
  /** From navigation to the view drawn, laid out and fitted (GraphCanvas's readyAt). */
  ttiMs: number;
  /** Of which placing (the layout, or reading the cache) and fitting the view: from the elements on the canvas to ready. */
  layoutMs: number;
  cached: boolean;
}

async function visit(page: Page, url: string): Promise<Visit> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 120_000 });
  const [ttiMs, layoutMs, cached] = await page.evaluate<[number, number, boolean]>('[window.__knooppunt.readyAt, window.__knooppunt.layoutMs, window.__knooppunt.layoutCached === true]');
  return { ttiMs, layoutMs, cached };
}

const emptyCache = "Object.keys(localStorage).filter((k) => k.startsWith('knooppunt.layout.')).forEach((k) => localStorage.removeItem(k)); null";

// The demo app as the end-to-end tests start it: the server on a fresh copy of the demo data, and a Chromium.
const app = await startDemoApp();
const { server: demo, browser } = app;
try {
  const rows: Record<string, string | number>[] = [];
  const summary: string[] = [];
  for (const layout of LAYOUTS) {
    const url = `${demo.url}/?zone=zone:bruzel&hide=&layout=${layout}`;
    const withCache: Visit[] = [];
    const without: Visit[] = [];
    for (let run = 0; run < runs; run++) {
      // One browser profile per run: its first visit fills the cache (and the HTTP cache, alike for both).
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await withTestHooks(await context.newPage());
      const first = await visit(page, url);
      const cachedVisit = async () => withCache.push(await visit(page, url));
      const uncachedVisit = async () => {
        await page.evaluate(emptyCache);
        without.push(await visit(page, url));
        // Put the entry back for a cached visit that follows.
        await page.goto(url);
        await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 120_000 });
      };
      if (run % 2 === 0) {
        await cachedVisit();
        await uncachedVisit();
      } else {
        await uncachedVisit();
        await cachedVisit();
      }
      const hit = withCache.at(-1);
      const miss = without.at(-1);
      if (!hit?.cached || !miss || miss.cached) throw new Error(`tests/bench/web-layout-cache: run ${run + 1} (${layout}): the cached visit did not hit or the emptied one did`);
      rows.push({
        layout,
        run: run + 1,
        'first visit TTI ms': Math.round(first.ttiMs),
        'second visit, cache TTI ms': Math.round(hit.ttiMs),
        'of which place + fit ms': Math.round(hit.layoutMs),
        'second visit, no cache TTI ms': Math.round(miss.ttiMs),
        'of which place + fit ms ': Math.round(miss.layoutMs),
      });
      await context.close();
    }
    const median = (list: number[]) => Math.round(percentile([...list].sort((a, b) => a - b), 0.5));
    const hit = median(withCache.map((v) => v.ttiMs));
    const miss = median(without.map((v) => v.ttiMs));
    summary.push(
      `web-layout-cache: layout=${layout} second_visit_tti_ms=${hit} second_visit_tti_no_cache_ms=${miss} ratio=${(hit / miss).toFixed(2)} place_fit_ms=${median(withCache.map((v) => v.layoutMs))} place_fit_no_cache_ms=${median(without.map((v) => v.layoutMs))}`,
    );
  }
  printTable(`Bruzel with offers, second visit (${runs} runs per layout)`, rows);
  for (const line of summary) console.log(line);
} finally {
  await app.close();
}
