// The map in headless Chromium on the demo (304 municipalities): how long after its data arrives it is
// drawn, how long a recolour takes, and the geometry's size on the wire. Beside it, in the same run, the
// floor: the browser painting the very same SVG markup handed to it whole (no data, no code of ours).
// pnpm bench web-map [-- --runs 7]
import type { Page } from 'playwright-core';
import { startDemoApp } from '../e2e/demo-app';
import { percentile } from './support';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
const p90 = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.9);
const round = (value: number) => Math.round(value * 10) / 10;

/** Milliseconds from the later of the two data answers' arrival to the map's first painted frame. */
async function firstDraw(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('knooppunt:map-drawn').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const arrived = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/api\/(map|geo\/boundaries)(\?|$)/.test(entry.name))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
    if (arrived.length < 2) throw new Error(`web-map bench: expected the map and boundary answers, saw ${arrived.length}`);
    return performance.getEntriesByName('knooppunt:map-drawn')[0]!.startTime - Math.max(...arrived);
  });
}

/** From the measure's change to the painted frame with the new colours (one shape's fill observed). */
function recolour(page: Page, measure: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve, reject) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="map-measure"]');
        const shapes = Array.from(document.querySelectorAll('[data-testid="map"] path[data-nis]'));
        if (!select || shapes.length === 0) return reject(new Error('web-map bench: no map on the page'));
        const before = shapes.map((shape) => shape.getAttribute('fill')).join();
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (shapes.map((shape) => shape.getAttribute('fill')).join() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        });
        observer.observe(document.querySelector('[data-testid="map"]')!, { attributes: true, subtree: true, attributeFilter: ['fill'] });
        // React listens for the native change event on the select.
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
        setter.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    measure,
  );
}

/** The floor: the same SVG markup inserted whole into a blank page, to its painted frame. */
function rawSvgPaint(page: Page, markup: string): Promise<number> {
  return page.evaluate(
    (svg) =>
      new Promise<number>((resolve) => {
        document.body.innerHTML = '<div id="frame" style="width:1100px;height:720px"></div>';
        const frame = document.getElementById('frame')!;
        const started = performance.now();
        frame.innerHTML = svg;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
      }),
    markup,
  );
}

const { server, browser, close } = await startDemoApp();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const draws: number[] = [];
  for (let run = 0; run < runs; run++) draws.push(await firstDraw(page, `${server.url}/?view=map&run=${run}`));

  const recolours: number[] = [];
  const measures = ['coverage:LOK', 'kind:gap', 'childcare', 'rule:BOUNDARY_CONTINUITY', 'findings'];
  for (let run = 0; run < runs * 2; run++) recolours.push(await recolour(page, measures[run % measures.length]!));

  const markup = await page.locator('[data-testid="map"]').evaluate((svg) => svg.outerHTML);
  const floor = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) floors.push(await rawSvgPaint(floor, markup));

  // Node's fetch unzips the body, so the size on the wire is read from the header.
  const gzipped = await fetch(`${server.url}/api/geo/boundaries`, { headers: { 'accept-encoding': 'gzip' } });
  const gzipBytes = Number(gzipped.headers.get('content-length'));
  await gzipped.arrayBuffer();
  const plainBytes = (await (await fetch(`${server.url}/api/geo/boundaries`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;

  console.log(`runs: ${runs} first draws, ${recolours.length} recolours, ${runs} floor paints (headless Chromium, ${markup.length} bytes of SVG)`);
  console.table([
    { what: 'map first drawn after its data arrives (target ≤ 500 ms)', median_ms: round(median(draws)), p90_ms: round(p90(draws)) },
    { what: 'recolour on a measure change (target ≤ 100 ms)', median_ms: round(median(recolours)), p90_ms: round(p90(recolours)) },
    { what: 'floor: the same SVG markup painted whole', median_ms: round(median(floors)), p90_ms: round(p90(floors)) },
  ]);
  console.log(`first draw ÷ floor: ${round(median(draws) / median(floors))}×; recolour ÷ floor: ${round(median(recolours) / median(floors))}×`);
  console.log(`geometry: ${(plainBytes / 1024).toFixed(0)} KB plain, ${(gzipBytes / 1024).toFixed(0)} KB gzipped (target ≤ 400 KB gzipped)`);
  console.log(
    `web-map: shapes=304 first_draw_ms=${round(median(draws))} recolour_ms=${round(median(recolours))} floor_ms=${round(median(floors))} geometry_gzip_kb=${(gzipBytes / 1024).toFixed(0)}`,
  );
  await page.close();
  await floor.close();
} finally {
  await close();
}
