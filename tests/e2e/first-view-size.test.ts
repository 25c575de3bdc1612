// What the first screen costs to load: the map (`?view=map`, the default) loads at most 200 kB of
// gzipped JavaScript, and Cytoscape only arrives with a view that draws a graph.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphReady, useDemoApp } from './demo-app';

const demo = useDemoApp();
const FIRST_VIEW_BUDGET = 200 * 1000;

/** The JavaScript files the page requests from now on (entry, preloads, lazy chunks, workers), by URL. */
function recordScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.js')) scripts.add(request.url());
  });
  return scripts;
}

/** Bytes of each file once gzipped (level 9, as Vite reports its chunks). */
async function gzippedSizes(urls: Iterable<string>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    sizes.set(new URL(url).pathname, gzipSync(body, { level: 9 }).length);
  }
  return sizes;
}

const total = (sizes: Map<string, number>): number => [...sizes.values()].reduce((sum, size) => sum + size, 0);

describe('the first view’s JavaScript', () => {
  it('is at most 200 kB gzipped for the map, without Cytoscape', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts = recordScripts(page);
    // How each script came over the wire: the build's Brotli copy (web/scripts/precompress.mjs).
    const encodings = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) encodings.set(path, response.headers()['content-encoding']);
    });
    await page.goto(`${demo.server.url}/?view=map`);
    await page.waitForSelector('[data-testid="map"] path[data-nis]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const appScript = [...encodings.keys()].find((path) => /\/assets\/index-[\w-]+\.js$/.test(path));
    expect(appScript).toBeDefined();
    expect(encodings.get(appScript ?? '')).toBe('br');
    const sizes = await gzippedSizes(scripts);
    console.log(`map view: ${(total(sizes) / 1000).toFixed(1)} kB of JavaScript gzipped in ${sizes.size} files: ${[...sizes.keys()].join(', ')}`);
    expect([...sizes.keys()].some((path) => /\/assets\/index-[\w-]+\.js$/.test(path))).toBe(true);
    expect([...sizes.keys()].filter((path) => path.includes('cytoscape'))).toEqual([]);
    expect(total(sizes)).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it('brings Cytoscape once the graph view opens', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts = recordScripts(page);
    await page.goto(`${demo.server.url}/?view=map`);
    await page.waitForSelector('[data-testid="map"] path[data-nis]', { timeout: 30_000 });
    expect([...scripts].filter((url) => url.includes('cytoscape'))).toEqual([]);
    await page.goto(`${demo.server.url}/?view=graph&zone=${encodeURIComponent('zone:noord-antwerpen')}`);
    await graphReady(page);
    // The chunk's name without its hash: Cytoscape itself; its force layout (cytoscape-fcose) runs only in the
    // layout worker, which the geographic layout does not start.
    const chunks = [...scripts].map((url) => /\/assets\/(cytoscape(?:-fcose)?)-[\w]+\.js$/.exec(url)?.[1]).filter((name) => name !== undefined);
    expect(chunks.sort()).toEqual(['cytoscape']);
  });

  it('asks for Cytoscape and the graph from its boot script when it opens on a graph, before the app starts; the app asks once', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Which scripts were on the stack when each request was made (the DevTools protocol's initiator).
    const initiators = new Map<string, string[]>();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event) => {
      const frames: { url: string }[] = [];
      for (let stack = event.initiator.stack; stack; stack = stack.parent) frames.push(...stack.callFrames);
      initiators.set(new URL(event.request.url).pathname, frames.map((frame) => new URL(frame.url, demo.server.url).pathname));
    });
    await page.goto(`${demo.server.url}/?view=graph&zone=${encodeURIComponent('zone:noord-antwerpen')}`);
    await graphReady(page);
    const boot = requests.findIndex((path) => /^\/assets\/boot-[\w-]+\.js$/.test(path));
    const app = requests.findIndex((path) => /^\/assets\/index-[\w-]+\.js$/.test(path));
    const cytoscape = requests.findIndex((path) => /^\/assets\/cytoscape-[\w-]+\.js$/.test(path));
    const graphPath = `/api/zones/${encodeURIComponent('zone:noord-antwerpen')}/graph`;
    const graph = requests.indexOf(graphPath);
    // Only the app asks for the zone list, once its bundle has run.
    const appData = requests.indexOf('/api/zones');
    expect(boot).toBeGreaterThan(0);
    expect(boot).toBeLessThan(app);
    expect(cytoscape).toBeGreaterThan(0);
    expect(appData).toBeGreaterThan(0);
    expect(cytoscape).toBeLessThan(appData);
    expect(graph).toBeGreaterThan(0);
    expect(graph).toBeLessThan(appData);
    const bootScript = requests[boot];
    expect(initiators.get(graphPath)).toContain(bootScript);
    expect(initiators.get('/api/geo/centroids')).toContain(bootScript);
    expect(initiators.get('/api/zones')).not.toContain(bootScript);
    // The app took the boot script's answers instead of asking again.
    expect(requests.filter((path) => path === graphPath)).toHaveLength(1);
    expect(requests.filter((path) => path === '/api/geo/centroids')).toHaveLength(1);
  });
});
