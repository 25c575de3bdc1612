// The graph at scale in headless Chromium: the whole-graph view of a generated Flanders-scale dataset zoomed
// to a province, beside plain Cytoscape.js drawing the same elements in the same run; and the time to
// interactive of the demo's Bruzel with its offers and of the generated dataset's largest zone. The view
// draws the province's detail on a layer of its own beside Cytoscape: `elements` counts what is on screen in
// both, and the baseline is plain Cytoscape drawing every one of them as Cytoscape elements. Time to
// interactive is given twice: when the view is laid out and fitted ("ready"), and when the first frame after
// that has been drawn ("painted"), from which the page answers input; for a first visit (nothing cached) and
// for the same person opening it again (scripts cached and compiled, positions from the layout cache).
// Run: pnpm bench web-scale   (or: pnpm exec tsx tests/bench/web-scale.bench.ts [--runs 3] [--province "Provincie 1"])
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { writeDatasetCsv } from '@knooppunt/fixtures/lib/write-dataset';
import type { ZoneSummary } from '@knooppunt/server/domain/api';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import type { Browser, Page } from 'playwright-core';
import { newTestPage } from '../e2e/browser';
import { startDemoApp } from '../e2e/demo-app';
import { percentile, printTable } from './support';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, province: { type: 'string', default: 'Provincie 1' } } });
const runs = Number(values.runs);
const repository = new URL('../../', import.meta.url).pathname;
const webDist = join(repository, 'web', 'dist');
if (!existsSync(join(webDist, 'index.html'))) throw new Error('tests/bench/web-scale: web/dist is missing; run `pnpm --filter @knooppunt/web build` first');
const cytoscapeScript = createRequire(join(repository, 'web', 'package.json')).resolve('cytoscape/dist/cytoscape.min.js');
const VIEWPORT = { width: 1440, height: 900 };
const PAN_FRAMES = 60;

/**
 * The generated frame is a grid of municipalities without real places, its provinces tall strips four
 * cells wide. The bench gives each province a compact square block instead (in the strip's own order), the
 * blocks side by side over Flanders' bounding box, so that "zoomed to a province" shows one province, as
 * it would on the real map.
 */
function provinceBlockCentroids(municipalities: readonly { nis: string; province?: string }[]): string {
  const byProvince = new Map<string, string[]>();
  for (const m of municipalities) {
    const list = byProvince.get(m.province ?? '') ?? [];
    list.push(m.nis);
    byProvince.set(m.province ?? '', list);
  }
  const provinces = [...byProvince.keys()].sort();
  const side = Math.ceil(Math.sqrt(Math.max(...[...byProvince.values()].map((list) => list.length))));
  // A cell of 0.05° of latitude is about 5.5 km, the spacing of Flemish municipalities; longitude cells are wider by 1/cos(51°).
  const cellLat = 0.05;
  const cellLon = cellLat / Math.cos((51 * Math.PI) / 180);
  const lines: string[] = [];
  provinces.forEach((province, block) => {
    (byProvince.get(province) ?? []).forEach((nis, index) => {
      const lon = 2.6 + (block * (side + 1) + (index % side) + 0.5) * cellLon;
      const lat = 51.45 - (Math.floor(index / side) + 0.5) * cellLat;
      lines.push(`${nis},M${nis},${lon.toFixed(5)},${lat.toFixed(5)}`);
    });
  });
  return `nis,name,lon,lat\n${lines.join('\n')}\n`;
}

/**
 * Frame times while a person drags the view: the mouse moves in small steps (a real drag, so Cytoscape's
 * viewport optimisations apply as they would for a user; a programmatic pan redraws everything), and the page
 * records the time between animation frames meanwhile.
 */
async function dragFrameTimes(page: Page): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stopFrames) requestAnimationFrame(tick); };
    window.__stopFrames = false;
    requestAnimationFrame(tick);
  })()`);
  const x = VIEWPORT.width / 2;
  const y = VIEWPORT.height / 2 + 100;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= PAN_FRAMES; step++) {
    await page.mouse.move(x + (step % 20 < 10 ? step % 10 : 10 - (step % 10)) * 12, y + step * 2);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  return page.evaluate<number[]>('window.__stopFrames = true; window.__frames.slice(1)');
}

const p90 = (times: number[]) => percentile([...times].sort((a, b) => a - b), 0.9);

interface ProvinceRun {
  elements: number;
  firstDrawMs: number;
  /** Of the first draw: fetching the zones' graphs. */
  fetchMs: number;
  fromNavigationMs: number;
  panP90Ms: number;
  /** Median of five redraws of the detail layer at the province's viewport, until painted. */
  layerRedrawMs: number;
  baselineFirstDrawMs: number;
  baselinePanP90Ms: number;
  /** Cytoscape's WebGL renderer on the same elements with the same viewport options, to decide whether to use it. */
  webglFirstDrawMs: number;
  webglPanP90Ms: number;
}

async function provinceRun(browser: Browser, server: RunningKnooppunt, province: string): Promise<ProvinceRun> {
  const page = await newTestPage(browser, { viewport: VIEWPORT });
  await page.goto(`${server.url}/?graph=vlaanderen`);
  await page.waitForSelector('[data-testid="overview-canvas"][data-ready="true"]', { timeout: 60_000 });
  // Zoom to the province's municipalities (hidden at the zone level, so their box is taken from positions).
  const zoomedAt = await page.evaluate<number>(`(() => {
    const cy = window.__knooppunt.cy;
    const ps = cy.nodes('.lod-municipality').filter((n) => n.data('province') === ${JSON.stringify(province)}).map((n) => n.position());
    const x1 = Math.min(...ps.map((p) => p.x)), x2 = Math.max(...ps.map((p) => p.x));
    const y1 = Math.min(...ps.map((p) => p.y)), y2 = Math.max(...ps.map((p) => p.y));
    const zoom = Math.min((cy.width() - 80) / (x2 - x1), (cy.height() - 80) / (y2 - y1));
    const at = performance.now();
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
    return at;
  })()`);
  await page.waitForSelector('[data-testid="overview-canvas"][data-level="detail"][data-detail="ready"]', { timeout: 120_000 });
  const [fetchedAt, drawnAt] = await page.evaluate<[number, number]>('[window.__knooppunt.detailFetchedAt, window.__knooppunt.detailDrawnAt]');
  // What is on screen, in both layers: Cytoscape's visible nodes inside the viewport (the municipality
  // aggregates) and its visible edges with an end there, plus the detail layer's nodes inside the viewport
  // and its edges with an end there (detail-layer.ts draws the detail itself, beside Cytoscape). The
  // baseline gets every element of both, as Cytoscape elements.
  const onScreen = await page.evaluate<{ count: number; json: string }>(`(() => {
    const cy = window.__knooppunt.cy;
    const layer = window.__knooppunt.detailLayer;
    const e = cy.extent();
    const inside = (n) => { const p = n.position(); return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2; };
    const nodes = cy.nodes(':visible').filter(inside);
    const edges = nodes.connectedEdges(':visible');
    const detail = layer.onScreen();
    const all = cy.elements(':visible');
    const held = layer.elements();
    const elements = all.map((x) => ({ group: x.group(), data: { id: x.id(), ...(x.isEdge() ? { source: x.source().id(), target: x.target().id() } : {}) }, ...(x.isNode() ? { position: x.position() } : {}) }))
      .concat(held.nodes.map((n) => ({ group: 'nodes', data: { id: n.id }, position: { x: n.x, y: n.y } })))
      .concat(held.edges.map((x) => ({ group: 'edges', data: { id: x.id, source: x.source, target: x.target } })));
    return { count: nodes.length + edges.length + detail.nodes + detail.edges, json: JSON.stringify({ viewport: { zoom: cy.zoom(), pan: cy.pan() }, elements }) };
  })()`);
  const panTimes = await dragFrameTimes(page);
  // Whether the detail layer could be drawn afresh on every frame of a gesture instead of moving as a bitmap:
  // a redraw at the province's viewport until the frame after it is painted (canvas work may wait for paint).
  const redraws = await page.evaluate<number[]>(`(async () => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      window.__knooppunt.detailLayer.timeDraw();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - started);
    }
    return times;
  })()`);
  await page.close();

  // The baseline: plain Cytoscape.js, its defaults, drawing every element the view held, at the same viewport.
  const baseline = await plainCytoscape(browser, onScreen.json, {});
  // The same with the WebGL renderer and the view's own viewport options.
  const webgl = await plainCytoscape(browser, onScreen.json, { renderer: { name: 'canvas', webgl: true }, textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 });
  return {
    elements: onScreen.count,
    firstDrawMs: drawnAt - zoomedAt,
    fetchMs: fetchedAt - zoomedAt,
    fromNavigationMs: drawnAt,
    panP90Ms: p90(panTimes),
    layerRedrawMs: percentile([...redraws].sort((a, b) => a - b), 0.5),
    baselineFirstDrawMs: baseline.firstDrawMs,
    baselinePanP90Ms: baseline.panP90Ms,
    webglFirstDrawMs: webgl.firstDrawMs,
    webglPanP90Ms: webgl.panP90Ms,
  };
}

/** Cytoscape.js alone on a blank page, drawing `graphJson` with `options`: first draw and drag frames. */
async function plainCytoscape(browser: Browser, graphJson: string, options: Record<string, unknown>): Promise<{ firstDrawMs: number; panP90Ms: number }> {
  const page = await newTestPage(browser, { viewport: VIEWPORT });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="position:absolute;inset:0"></div></body></html>');
  await page.addScriptTag({ path: cytoscapeScript });
  await page.evaluate(`window.graphJson = ${graphJson}; null`);
  const firstDrawMs = await page.evaluate<number>(`new Promise((resolve) => {
    const { viewport, elements } = window.graphJson;
    const started = performance.now();
    window.cy = cytoscape({ container: document.getElementById('cy'), elements, layout: { name: 'preset' }, zoom: viewport.zoom, pan: viewport.pan, autoungrabify: true, ...${JSON.stringify(options)} });
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
  })`);
  const pan = await dragFrameTimes(page);
  await page.close();
  return { firstDrawMs, panP90Ms: p90(pan) };
}

/** The moments after navigation, in ms, at which the app reached each step of drawing the view (markStep). */
type Steps = Record<string, number>;

interface Visit {
  readyAt: number;
  paintedAt: number;
  steps: Steps;
}

/**
 * From navigation to the zone drawn, laid out and fitted (GraphCanvas sets readyAt then), to the first frame
 * after it drawn (paintedAt: the page answers input from then on), and the steps on the way.
 */
async function visit(page: Page, url: string): Promise<Visit> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 120_000 });
  const readyAt = await page.evaluate<number>('window.__knooppunt.readyAt');
  // Polled from here: the page's policy allows no script of strings, which waitForFunction would need.
  let paintedAt = 0;
  for (let tries = 0; tries < 500 && !paintedAt; tries++) {
    paintedAt = await page.evaluate<number>('window.__knooppunt.paintedAt ?? 0');
    if (!paintedAt) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!paintedAt) throw new Error(`web-scale: ${url} was ready but no frame was drawn after it within 10 s`);
  const steps = await page.evaluate<Steps>(`(() => {
    const resources = performance.getEntriesByType('resource');
    const graph = resources.find((entry) => entry.name.includes('/graph'));
    const scripts = resources.filter((entry) => entry.name.endsWith('.js'));
    const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('knooppunt: '));
    return {
      'page loaded (DOMContentLoaded)': performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      'scripts in': Math.max(...scripts.map((entry) => entry.responseEnd)),
      'graph in': graph ? graph.responseEnd : NaN,
      ...Object.fromEntries(marks.map((mark) => [mark.name.slice('knooppunt: '.length), mark.startTime])),
    };
  })()`);
  return { readyAt, paintedAt, steps: { ...steps, 'first frame after it drawn': paintedAt } };
}

/**
 * A first visit, in a browser context of its own (nothing cached), and the same person coming back: the page
 * opened again in that context, its scripts from the HTTP cache (they are immutable) and compiled already,
 * the graph revalidated by its ETag, its positions from the layout cache.
 */
async function timeToInteractive(browser: Browser, url: string): Promise<{ first: Visit; returning: Visit }> {
  const page = await newTestPage(browser, { viewport: VIEWPORT });
  const first = await visit(page, url);
  await page.waitForTimeout(500);
  const returning = await visit(page, url);
  await page.close();
  return { first, returning };
}

/**
 * What a zone's page asks of the API, asked once before the runs: the server computes a zone's findings on
 * their first request (hundreds of ms), which is the server's cold start, not the page's time to interactive.
 * Both servers are warmed alike (the Flanders one also answered every zone's graph to find the largest).
 */
async function warmApi(base: string, zoneId: string): Promise<void> {
  const zone = encodeURIComponent(zoneId);
  for (const path of ['/api/zones', `/api/zones/${zone}/graph`, `/api/findings?zone=${zone}`, '/api/geo/centroids']) {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`web-scale: warming ${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'knooppunt-web-scale-'));
const dataset = generateDataset({ seed: 42, scale: 'flanders' });
writeDatasetCsv(dataset, join(folder, 'dataset'));
writeFileSync(join(folder, 'centroids.csv'), provinceBlockCentroids(dataset.municipalities));
const flanders = await startKnooppunt({ port: 0, dataDir: join(folder, 'store'), seedFrom: join(folder, 'dataset'), webDist, centroidsFile: join(folder, 'centroids.csv'), log: () => undefined });
// Bruzel comes from the demo app as the end-to-end tests start it, whose Chromium measures everything.
const app = await startDemoApp();
const { server: demo, browser } = app;
try {
  const zones = (await (await fetch(`${flanders.url}/api/zones`)).json()) as ZoneSummary[];
  let largest = { id: '', nodes: -1 };
  for (const zone of zones) {
    const graph = (await (await fetch(`${flanders.url}/api/zones/${encodeURIComponent(zone.id)}/graph`)).json()) as Subgraph;
    if (graph.nodes.length > largest.nodes) largest = { id: zone.id, nodes: graph.nodes.length };
  }

  await warmApi(demo.url, 'zone:bruzel');
  await warmApi(flanders.url, largest.id);

  const province: ProvinceRun[] = [];
  const bruzel: Visit[] = [];
  const bruzelAgain: Visit[] = [];
  const largestZone: Visit[] = [];
  const largestZoneAgain: Visit[] = [];
  for (let run = 0; run < runs; run++) {
    province.push(await provinceRun(browser, flanders, values.province));
    const bruzelRun = await timeToInteractive(browser, `${demo.url}/?zone=zone:bruzel&hide=`);
    bruzel.push(bruzelRun.first);
    bruzelAgain.push(bruzelRun.returning);
    const largestRun = await timeToInteractive(browser, `${flanders.url}/?zone=${encodeURIComponent(largest.id)}&hide=`);
    largestZone.push(largestRun.first);
    largestZoneAgain.push(largestRun.returning);
  }
  const round = (value: number) => Math.round(value);
  const tti = (run: Visit | undefined) => (run ? `${round(run.readyAt)} / ${round(run.paintedAt)}` : 'n/a');
  printTable(
    `web-scale runs (${values.province} of a generated Flanders-scale graph; ${runs} runs)`,
    province.map((r, index) => ({
      run: index + 1,
      elements: r.elements,
      'first draw ms (zoom → drawn)': round(r.firstDrawMs),
      'of which fetch ms': round(r.fetchMs),
      'from navigation ms': round(r.fromNavigationMs),
      'pan p90 ms': round(r.panP90Ms),
      'detail layer redraw + paint ms': round(r.layerRedrawMs),
      'baseline first draw ms': round(r.baselineFirstDrawMs),
      'baseline pan p90 ms': round(r.baselinePanP90Ms),
      'first draw ratio': (r.firstDrawMs / r.baselineFirstDrawMs).toFixed(2),
      'pan ratio': (r.panP90Ms / r.baselinePanP90Ms).toFixed(2),
      'WebGL first draw ms': round(r.webglFirstDrawMs),
      'WebGL pan p90 ms': round(r.webglPanP90Ms),
      'Bruzel+offers TTI ms (ready / painted; returning)': `${tti(bruzel[index])}; ${tti(bruzelAgain[index])}`,
      [`${largest.id} (${largest.nodes} nodes) TTI ms (ready / painted; returning)`]: `${tti(largestZone[index])}; ${tti(largestZoneAgain[index])}`,
    })),
  );
  const median = (list: number[]) => percentile([...list].sort((a, b) => a - b), 0.5);
  const middle = (visits: Visit[], moment: 'readyAt' | 'paintedAt') => round(median(visits.map((run) => run[moment])));
  printTable(
    'Bruzel with its offers: ms after navigation at each step, first visit and returning (median of the runs)',
    Object.keys(bruzel[0]?.steps ?? {}).map((step) => ({
      step,
      'first visit ms': round(median(bruzel.map((run) => run.steps[step] ?? Number.NaN))),
      'returning ms': round(median(bruzelAgain.map((run) => run.steps[step] ?? Number.NaN))),
    })),
  );
  console.log(
    `web-scale: elements=${round(median(province.map((r) => r.elements)))} first_draw_ms=${round(median(province.map((r) => r.firstDrawMs)))} pan_p90_ms=${round(median(province.map((r) => r.panP90Ms)))} baseline_first_draw_ms=${round(median(province.map((r) => r.baselineFirstDrawMs)))} baseline_pan_p90_ms=${round(median(province.map((r) => r.baselinePanP90Ms)))}`,
  );
  console.log(
    `web-scale tti: bruzel_with_offers_ms=${middle(bruzel, 'readyAt')} bruzel_with_offers_painted_ms=${middle(bruzel, 'paintedAt')} bruzel_returning_ms=${middle(bruzelAgain, 'readyAt')} bruzel_returning_painted_ms=${middle(bruzelAgain, 'paintedAt')} largest_zone_ms=${middle(largestZone, 'readyAt')} largest_zone_painted_ms=${middle(largestZone, 'paintedAt')} largest_zone_returning_ms=${middle(largestZoneAgain, 'readyAt')} largest_zone_returning_painted_ms=${middle(largestZoneAgain, 'paintedAt')} largest_zone=${largest.id} largest_zone_nodes=${largest.nodes}`,
  );
} finally {
  await app.close();
  await flanders.close();
  rmSync(folder, { recursive: true, force: true });
}
