// The map as a coordinator meets it: 304 municipalities coloured exactly as /api/findings counts them,
// reachable by keyboard, linked to the findings, exportable, and honest about municipalities it cannot place.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKnooppunt } from '@knooppunt/server/serve';
import type { Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../support/export-support';
import { repository, useDemoApp } from './demo-app';

interface FindingJson {
  id: string;
  rule: string;
  subject: string;
  related: string[];
}

const demo = useDemoApp();
const BOUNDARIES = join(repository, 'fixtures', 'geo', 'municipalities-2025.topo.json');

async function mapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"] path[data-nis]', { timeout: 30_000 });
}

/** Every shape's NIS with the value and class it is drawn with. */
function shapes(page: Page): Promise<{ nis: string; value: string; klass: string; label: string }[]> {
  return page.locator('[data-testid="map"] path[data-nis]').evaluateAll((paths) =>
    paths.map((path) => ({
      nis: path.getAttribute('data-nis') ?? '',
      value: path.getAttribute('data-value') ?? '',
      klass: path.getAttribute('data-class') ?? '',
      label: path.getAttribute('aria-label') ?? '',
    })),
  );
}

/** Findings per municipality as GET /api/findings?municipality= counts them: as subject or related. */
function countsPerMunicipality(findings: readonly FindingJson[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    for (const id of new Set([finding.subject, ...finding.related])) {
      if (id.startsWith('nis:')) counts.set(id.slice(4), (counts.get(id.slice(4)) ?? 0) + 1);
    }
  }
  return counts;
}

describe('the map', () => {
  it('is the first screen: 304 shapes, each drawn with the count /api/findings gives, in the class the legend says', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(demo.server.url);
      await mapReady(page);
      expect(page.url()).toContain('view=map');
      const drawn = await shapes(page);
      expect(drawn).toHaveLength(304);

      const all = (await (await fetch(`${demo.server.url}/api/findings`)).json()) as FindingJson[];
      const expected = countsPerMunicipality(all);
      // Spot-check the route itself for a few municipalities, then all of them against the list.
      for (const nis of ['11030', '11002', '36015']) {
        const one = (await (await fetch(`${demo.server.url}/api/findings?municipality=${nis}`)).json()) as FindingJson[];
        expect(expected.get(nis) ?? 0, nis).toBe(one.length);
      }
      for (const shape of drawn) expect(Number(shape.value), shape.nis).toBe(expected.get(shape.nis) ?? 0);

      // Each legend class holds exactly the shapes whose values fall in its range.
      const legend = await page.getByTestId('map-legend').locator('li[data-class]').evaluateAll((items) =>
        items.map((item) => ({ index: item.getAttribute('data-class') ?? '', text: item.querySelector('.map-legend__name')?.textContent ?? '' })),
      );
      expect(legend.length).toBeGreaterThan(2);
      for (const { index, text } of legend) {
        const [min, max = min] = text.split('–').map(Number);
        const inClass = drawn.filter((shape) => shape.klass === index);
        for (const shape of inClass) expect(Number(shape.value) >= min! && Number(shape.value) <= max!, `${shape.nis} in ${text}`).toBe(true);
      }
      expect(drawn.find((shape) => shape.nis === '11030')?.label).toMatch(/^Niel — \d+ bevinding(en)?$/);
    } finally {
      await page.close();
    }
  });

  it('recolours by coverage: the municipalities without a LOK are exactly the GAP_NO_LOK findings', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${demo.server.url}/?view=map`);
      await mapReady(page);
      await page.getByTestId('map-measure').selectOption('coverage:LOK');
      await expect.poll(() => page.url()).toContain('measure=coverage%3ALOK');
      const gaps = (await (await fetch(`${demo.server.url}/api/findings?rule=GAP_NO_LOK`)).json()) as FindingJson[];
      expect(gaps.length).toBeGreaterThan(0);
      await expect
        .poll(async () => (await shapes(page)).filter((shape) => shape.klass === '0').map((shape) => shape.nis).sort())
        .toEqual(gaps.map((finding) => finding.subject.slice(4)).sort());
      // The coverage breaks for LOK are drawn on their borders.
      const breaks = (await (await fetch(`${demo.server.url}/api/findings?rule=BOUNDARY_CONTINUITY`)).json()) as (FindingJson & { evidence: { networkType: string } })[];
      const lokBreaks = breaks.filter((finding) => finding.evidence.networkType === 'LOK');
      expect(lokBreaks.length).toBeGreaterThan(0);
      expect(await page.getByTestId('map-continuity').locator('path').count()).toBe(lokBreaks.length);

      // Choosing a municipality without a LOK lists its finding, one click from Bevindingen.
      const without = gaps[0]!.subject.slice(4);
      // The click lands on the shape itself (a pointer at its box's centre may fall outside a concave shape).
      await page.locator(`[data-testid="map"] path[data-nis="${without}"]`).dispatchEvent('click');
      await expect.poll(() => page.url()).toContain(`node=nis%3A${without}`);
      const listed = page.getByTestId('map-municipality-findings').locator(`button[data-finding-id="${gaps[0]!.id}"]`);
      await listed.click();
      await expect.poll(() => page.url()).toContain('view=findings');
      await page.getByTestId('chosen-finding').waitFor();
      expect(page.url()).toContain(`finding=${encodeURIComponent(gaps[0]!.id)}`);
    } finally {
      await page.close();
    }
  });

  it('reaches a municipality by keyboard, names it, and opens its profile with Enter', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${demo.server.url}/?view=map`);
      await mapReady(page);
      await page.getByTestId('map-measure').focus();
      // Tab from the controls back into the map: the first shape in document order comes before them.
      let focused = '';
      for (let step = 0; step < 40 && focused === ''; step++) {
        await page.keyboard.press('Shift+Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('data-nis') ?? '');
      }
      expect(focused).toMatch(/^\d{5}$/);
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      await page.getByTestId('map-tip').waitFor();
      expect(await page.getByTestId('map-tip').textContent()).toContain(name.split(' — ')[0]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('view=profile');
      expect(page.url()).toContain(`municipality=${focused}`);
      await expect.poll(() => page.title()).toContain(name.split(' — ')[0]!);
    } finally {
      await page.close();
    }
  });

  it('opens the whole graph of Flanders from the map', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?view=map`);
    await mapReady(page);
    await page.getByTestId('map-whole-graph').click();
    await page.waitForSelector('[data-testid="overview-canvas"][data-ready="true"]', { timeout: 30_000 });
    expect(page.url()).toContain('graph=vlaanderen');
    expect(page.url()).toContain('view=graph');
  });

  it('outlines the municipalities of a finding chosen in Bevindingen', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      const continuity = (await (await fetch(`${demo.server.url}/api/findings?rule=BOUNDARY_CONTINUITY`)).json()) as FindingJson[];
      const finding = continuity[0]!;
      await page.goto(`${demo.server.url}/?view=findings&scope=all&frule=BOUNDARY_CONTINUITY&finding=${encodeURIComponent(finding.id)}`);
      await page.getByTestId('finding-on-map').click();
      await mapReady(page);
      await page.getByTestId('map-finding-outline').waitFor();
      expect(await page.getByTestId('map-finding-note').textContent()).toContain('2 gemeenten');
      expect((await page.getByTestId('map-finding-outline').getAttribute('d'))?.length).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('exports the map as an SVG that parses, with every municipality in it, and as a PNG', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${demo.server.url}/?view=map&measure=coverage:GBO`);
      await mapReady(page);
      await page.getByTestId('export-menu-button').click();
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
      expect(svgDownload.suggestedFilename()).toMatch(/^knooppunt-kaart-\d{4}-\d\d-\d\d\.svg$/);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(xmlProblems(svg)).toEqual([]);
      let municipalities = 0;
      const parser = new SaxesParser({ xmlns: true });
      parser.on('opentag', (tag) => {
        if (tag.local === 'path' && tag.attributes['data-nis'] !== undefined) municipalities += 1;
      });
      parser.write(svg).close();
      expect(municipalities).toBe(304);
      expect(svg).toContain('<title>Kaart van Vlaanderen en Brussel</title>');

      await page.getByTestId('export-menu-button').click();
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
      const png = readFileSync(await pngDownload.path());
      expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(2400);
    } finally {
      await page.close();
    }
  });
});

describe('the map with data it cannot place', () => {
  it('lists the municipalities without a boundary and still draws the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knooppunt-map-'));
    const data = join(folder, 'data');
    const dataset = join(folder, 'dataset');
    mkdirSync(dataset);
    writeFileSync(join(dataset, 'municipalities.csv'), 'nis,name\n11002,Antwerpen\n99001,Verzonnen Dorp\n98002,Elders\n');
    const server = await startKnooppunt({ port: 0, dataDir: data, seedFrom: dataset, webDist: join(repository, 'web', 'dist'), boundariesFile: BOUNDARIES });
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(server.url);
      await mapReady(page);
      const unplaced = page.getByTestId('map-unplaced');
      await unplaced.waitFor();
      expect(await unplaced.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-nis')).sort())).toEqual(['98002', '99001']);
      const drawn = await shapes(page);
      expect(drawn).toHaveLength(304);
      expect(drawn.filter((shape) => shape.klass !== '').map((shape) => shape.nis)).toEqual(['11002']);
      // The table still lists all three.
      expect(await page.getByTestId('map-table-row').count()).toBe(3);
    } finally {
      await page.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
