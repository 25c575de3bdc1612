// A researcher exports a zone from the explorer: the GEXF through the export menu (a real download, read
// back with graphology-gexf), and the view as PNG and SVG images.
import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import type { Download, Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../support/export-support';
import { graphReady, useDemoApp } from './demo-app';

const ZONE = 'zone:noord-antwerpen';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const demo = useDemoApp();

async function downloadFrom(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** The SVG's node groups (`<g class="node …">`), counted by a strict XML parser. */
function svgNodeShapes(svg: string): number {
  let count = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'g' && String(tag.attributes.class ?? '').split(' ').includes('node')) count += 1;
  });
  parser.write(svg).close();
  return count;
}

describe('exports from the explorer', () => {
  it("downloads the zone's GEXF, a PNG and an SVG of the view", async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?view=graph`);
    await page.getByTestId('zone-picker').selectOption(ZONE);
    await graphReady(page);

    const gexfFile = await downloadFrom(page, 'export-gexf');
    expect(gexfFile.download.suggestedFilename()).toMatch(/^knooppunt-noord-antwerpen-\d{4}-\d\d-\d\d\.gexf$/);
    const graph = gexf.parse(Graph, gexfFile.bytes.toString('utf8'));
    const zoneGraph = (await demo.server.store.zoneGraph(ZONE))!;
    expect(graph.order).toBe(zoneGraph.nodes.length);
    expect(graph.size).toBe(zoneGraph.relationships.length);
    expect(graph.getAttribute('description')).toContain(`filter: ${ZONE}`);

    const png = await downloadFrom(page, 'export-png');
    expect(png.download.suggestedFilename()).toMatch(/^knooppunt-noord-antwerpen-\d{4}-\d\d-\d\d\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // Width and height from the IHDR chunk: the whole graph at twice the resolution, not an empty canvas.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(400);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(300);

    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.download.suggestedFilename()).toMatch(/^knooppunt-noord-antwerpen-\d{4}-\d\d-\d\d\.svg$/);
    const svgText = svg.bytes.toString('utf8');
    expect(xmlProblems(svgText)).toEqual([]);
    const drawnNodes = await page.evaluate<number>("window.__knooppunt.cy.nodes(':visible').length");
    expect(drawnNodes).toBeGreaterThan(50);
    expect(svgNodeShapes(svgText)).toBe(drawnNodes);
    // Every edge the view draws (the edge layer's, not Cytoscape's: it holds only the nodes).
    const drawnEdges = await page.evaluate<number>('window.__knooppunt.edgeLayer.edges().filter((e) => window.__knooppunt.edgeLayer.edge(e.id)).length');
    expect(drawnEdges).toBeGreaterThan(50);
    expect(svgText.split('<g class="edge"').length - 1).toBe(drawnEdges);
    expect(svgText).toContain('<title>Noord Antwerpen</title>');
  });

  it('offers the whole graph beside the zone, and closes on Escape', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}&lang=en`);
    await graphReady(page);
    await page.getByTestId('export-menu-button').click();
    expect(await page.getByTestId('export-csv').getAttribute('href')).toBe(`/api/export?format=csv&zone=${encodeURIComponent(ZONE)}`);
    await page.getByTestId('export-scope-all').click();
    expect(await page.getByTestId('export-csv').getAttribute('href')).toBe('/api/export?format=csv');
    expect(await page.getByTestId('export-menu').textContent()).toContain('Download the data');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-menu').waitFor({ state: 'detached' });
    expect(await page.getByTestId('export-menu-button').evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
