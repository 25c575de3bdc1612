// The zone dashboard end to end: a zorgraad coordinator opens their zone's dashboard, by link and by the view
// toggle, and finds its members, what the zorgraad lacks, the brokers and the communities; a name opens the
// node panel and a gap opens its finding. A real server on the demo data, the built web app, headless Chromium.
import type { ZoneDashboard } from '@knooppunt/server/domain/zone-dashboard';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoApp } from './demo-app';

const demo = useDemoApp();

async function dashboardOf(zone: string): Promise<ZoneDashboard> {
  return (await (await fetch(`${demo.server.url}/api/zones/${zone}/dashboard`)).json()) as ZoneDashboard;
}

async function rowIds(page: Page, testId: string, attribute = 'data-node-id'): Promise<string[]> {
  return page.getByTestId(testId).evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name) ?? ''), attribute);
}

describe('the zone dashboard', () => {
  it('opens Midden WVL from a link: members, the missing sector, the absent municipality, brokers and communities', async () => {
    const expected = await dashboardOf('zone:midden-wvl');
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?zone=zone%3Amidden-wvl&view=dashboard`);
    await page.getByTestId('zone-dashboard').waitFor();
    await expect.poll(() => page.getByTestId('member-row').count(), { timeout: 30_000 }).toBe(17);
    expect(await page.locator('.dash-header__title').textContent()).toBe('Dashboard van Midden WVL');
    expect(await rowIds(page, 'member-row')).toContain('nis:36015');

    const missing = page.getByTestId('missing-sector-row');
    expect(await missing.count()).toBe(1);
    expect(await missing.first().textContent()).toContain('Kinderopvang');
    expect(await rowIds(page, 'absent-municipality-row')).toEqual(['nis:37020']);
    expect(await page.getByTestId('seat-chart').textContent()).toContain('verplicht, ontbreekt');

    expect(await rowIds(page, 'broker-row')).toEqual(expected.collaboration.brokers.map((broker) => broker.node.id));
    expect(await page.getByTestId('broker-row').first().textContent()).toContain(expected.collaboration.brokers[0]!.node.name);
    expect(await page.getByTestId('community-row').count()).toBe(expected.collaboration.communities.length);
    expect(await page.getByTestId('alignment-scores').textContent()).toContain('Genormaliseerde wederzijdse informatie');
    expect(await rowIds(page, 'border-network-row')).toContain('net:hvhk-ledegem');
    expect(await rowIds(page, 'cross-zone-row')).toContain('org:jeugdhulp-de-springplank-rits');
    expect(await page.getByTestId('dashboard-finding-row').count()).toBe(expected.findings.length);

    // A name selects its node: the node panel opens on it.
    await page.getByTestId('absent-municipality-row').getByTestId('dashboard-node').click();
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Ardooie');
    expect(page.url()).toContain('node=nis%3A37020');

    // A gap opens its finding in the findings view.
    await page.getByTestId('absent-municipality-row').getByTestId('open-finding').click();
    await page.getByTestId('findings-view').waitFor();
    expect(page.url()).toContain('view=findings');
    expect(page.url()).toContain(`finding=${encodeURIComponent('GAP_ZORGRAAD_MUNICIPALITY_ABSENT:nis:37020:zone:midden-wvl')}`);
  });

  it('opens Zora through the view toggle, in English, with its missing handicap seat', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?zone=zone%3Azora&lang=en`);
    await page.getByTestId('analysis-toggle').locator('button[data-view="dashboard"]').click();
    await page.getByTestId('zone-dashboard').waitFor();
    await page.getByTestId('missing-sector-row').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('view=dashboard');
    expect(await page.getByTestId('missing-sector-row').first().textContent()).toContain('Disability');
    expect(await rowIds(page, 'absent-municipality-row')).toEqual(['nis:11025']);
    expect(await page.getByTestId('broker-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('community-row').count()).toBeGreaterThan(0);
  });

  it('asks for a zone when none is chosen', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?view=dashboard`);
    await page.getByTestId('dashboard-no-zone').waitFor();
    expect(await page.getByTestId('dashboard-no-zone').textContent()).toContain('Kies een eerstelijnszone');
  });
});
