// Findings, overlays and coverage end to end: a real server on the demo data, the built web app, headless Chromium.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphReady, useDemoApp } from './demo-app';

const ZONE = 'zone:noord-antwerpen';

const demo = useDemoApp();

// Evaluated as strings: the test runner's transpiler may wrap functions in helpers the page lacks.
const selectedIds = (page: Page) => page.evaluate<string[]>("window.__knooppunt.cy.$('node:selected').map(n => n.id())");
const hasClass = (page: Page, id: string, name: string) =>
  page.evaluate<boolean>(`window.__knooppunt.cy.getElementById(${JSON.stringify(id)}).hasClass(${JSON.stringify(name)})`);
const inGraph = (page: Page, id: string) =>
  page.evaluate<boolean>(`window.__knooppunt.cy.getElementById(${JSON.stringify(id)}).nonempty()`);

interface FindingJson {
  id: string;
  rule: string;
  subject: string;
  related: string[];
}

describe('findings and coverage', () => {
  it('filters findings by kind, focuses the graph on a chosen finding, and reopens it from its link', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?view=graph`);
    await page.getByTestId('zone-picker').selectOption(ZONE);
    await graphReady(page);

    await page.getByTestId('analysis-toggle').locator('button[data-view="findings"]').click();
    await page.getByTestId('findings-view').waitFor();
    const rows = page.getByTestId('finding-row');
    await rows.first().waitFor();
    expect(await page.getByTestId('rule-count').count()).toBeGreaterThan(0);

    await page.getByTestId('findings-filter-kind').selectOption('conflict');
    await expect.poll(async () => (await rows.first().getAttribute('data-finding-id')) ?? '').toMatch(/^CONFLICT_/);
    const shownIds = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-finding-id') ?? ''));
    expect(shownIds.length).toBeGreaterThan(0);
    expect(shownIds.filter((id) => !id.startsWith('CONFLICT_'))).toEqual([]);
    // The rule chips are exactly the conflict rules of the zone, each with the number of its findings.
    const conflicts = (await (await fetch(`${demo.server.url}/api/findings?zone=${encodeURIComponent(ZONE)}&kind=conflict`)).json()) as FindingJson[];
    const perRule = new Map<string, number>();
    for (const conflict of conflicts) perRule.set(conflict.rule, (perRule.get(conflict.rule) ?? 0) + 1);
    expect(perRule.size).toBeGreaterThan(0);
    const chips = await page.getByTestId('rule-count').evaluateAll((elements) =>
      elements.map((chip) => [chip.getAttribute('data-rule') ?? '', Number(chip.querySelector('.rule-count__count')?.textContent?.replace(/\D/g, ''))] as const),
    );
    expect(new Map(chips)).toEqual(perRule);

    const findingId = (await rows.first().getAttribute('data-finding-id')) ?? '';
    const answer = await fetch(`${demo.server.url}/api/findings?zone=${encodeURIComponent(ZONE)}&kind=conflict`);
    const finding = ((await answer.json()) as FindingJson[]).find((candidate) => candidate.id === findingId);
    expect(finding).toBeDefined();
    if (!finding) return;
    expect(finding.related.length).toBeGreaterThan(0);

    await rows.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedIds(page)).toEqual([finding.subject]);
    await graphReady(page);
    expect(await hasClass(page, finding.subject, 'finding-focus')).toBe(true);
    const relatedInView: string[] = [];
    for (const id of finding.related) if (await inGraph(page, id)) relatedInView.push(id);
    expect(relatedInView.length).toBeGreaterThan(0);
    for (const id of relatedInView) expect(await hasClass(page, id, 'finding-focus')).toBe(true);
    await page.getByTestId('chosen-finding').waitFor();

    // The subject carries its finding marker, and the toggle takes the markers away.
    expect(await hasClass(page, finding.subject, 'finding-marked')).toBe(true);
    await page.getByTestId('overlay-toggle').uncheck();
    await expect.poll(() => hasClass(page, finding.subject, 'finding-marked')).toBe(false);
    await page.getByTestId('overlay-toggle').check();

    const link = page.url();
    expect(link).toContain('view=findings');
    expect(link).toContain(`finding=${encodeURIComponent(finding.id)}`);
    expect(link).toContain('fkind=conflict');
    const reopened = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await reopened.goto(link);
    await graphReady(reopened);
    await expect(reopened.getByTestId('findings-filter-kind').inputValue()).resolves.toBe('conflict');
    await expect.poll(() => selectedIds(reopened)).toEqual([finding.subject]);
    await expect.poll(() => hasClass(reopened, relatedInView[0] ?? '', 'finding-focus')).toBe(true);

  });

  it('opens a rule explanation from a finding and by its own link', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}&view=findings&fkind=conflict`);
    await page.getByTestId('finding-row').first().waitFor();
    await page.getByTestId('finding-row').first().locator('.rule-cell__explain').click();
    await page.getByTestId('rules-view').waitFor();
    const rule = await page.getByTestId('rule-article').getAttribute('data-rule');
    expect(rule).toMatch(/^CONFLICT_/);
    expect(page.url()).toContain(`rule=${rule ?? ''}`);

    await page.goto(`${demo.server.url}/?view=rules&rule=GAP_CHILDCARE_CAPACITY&lang=en`);
    await expect.poll(() => page.getByTestId('rule-article').textContent()).toContain('childcarePer100');
  });

  it('shows coverage with one row per municipality of the zone and downloads it as CSV', async () => {
    const zones = (await (await fetch(`${demo.server.url}/api/zones`)).json()) as { id: string; municipalityCount: number }[];
    const zone = zones.find((candidate) => candidate.id === ZONE);
    expect(zone).toBeDefined();

    const page = await demo.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${demo.server.url}/?zone=${encodeURIComponent(ZONE)}`);
    await page.getByTestId('analysis-toggle').locator('button[data-view="coverage"]').click();
    await page.getByTestId('coverage-view').waitFor();
    await page.getByTestId('coverage-table').waitFor();
    await expect.poll(() => page.getByTestId('coverage-row').count()).toBe(zone?.municipalityCount);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('coverage-download').click()]);
    expect(download.suggestedFilename()).toBe('knooppunt-dekking-noord-antwerpen.csv');
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const [header = '', ...lines] = text.trimEnd().split('\r\n');
    for (const type of ['Huis van het Kind', 'LOK', 'BOA', 'GBO', 'Sociaal Huis']) expect(header).toContain(type);
    // A zorgraad covers no municipality (it is the council of its zone), so no always-empty column for it.
    expect(header.split(',')).not.toContain('Zorgraad');
    expect(lines.length).toBe(zone?.municipalityCount);
  });
});
