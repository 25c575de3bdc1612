// The municipality profile end to end: a real server on the demo data, the built web app, headless Chromium.
// Niel (11030) has no Huis van het Kind while each of its six neighbours has one (fixtures/demo/network_coverage.csv).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphReady, useDemoApp } from './demo-app';

const demo = useDemoApp();

interface FindingJson {
  id: string;
  message: { nl: string; en: string };
}

async function profileOf(page: Page, name: string): Promise<void> {
  await expect.poll(async () => (await page.getByTestId('profile-title').textContent({ timeout: 30_000 })) ?? '').toBe(`Profiel van ${name}`);
}

describe('the municipality profile', () => {
  it('opens from its link, shows the missing Huis van het Kind with its finding, and compares Niel with its neighbours', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?zone=zone:rupelaar&view=profile&municipality=11030&lang=nl`);
    await profileOf(page, 'Niel');

    // The gap: the checklist item is missing, expected, and quotes the finding the rules API gives for Niel.
    const answer = await fetch(`${demo.server.url}/api/findings?municipality=11030&rule=GAP_NO_HUIS_VAN_HET_KIND`);
    const [finding] = (await answer.json()) as FindingJson[];
    expect(finding?.id).toBe('GAP_NO_HUIS_VAN_HET_KIND:nis:11030');
    const item = page.locator('[data-testid="check-network-type"][data-item="HUIS_VAN_HET_KIND"]');
    expect(await item.getAttribute('data-status')).toBe('missing');
    expect(await item.getAttribute('data-expected')).toBe('true');
    const quoted = item.locator(`[data-testid="profile-finding"][data-finding-id="${finding!.id}"]`);
    expect(await quoted.textContent()).toContain(finding!.message.nl);
    // Covered items say by what: the LOK that Niel directs.
    expect(await page.locator('[data-testid="check-network-type"][data-item="LOK"]').getAttribute('data-status')).toBe('covered');
    expect(await page.locator('[data-testid="check-network-type"][data-item="LOK"] [data-node-id="net:lok-11030"]').count()).toBe(1);

    // The neighbour comparison: Niel first, then its six neighbours; fewer network types than all of them.
    const rows = page.getByTestId('comparison-row');
    expect(await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-node-id')))).toEqual([
      'nis:11030',
      'nis:11001',
      'nis:11005',
      'nis:12007',
      'nis:12041',
      'nis:11037',
      'nis:11038',
    ]);
    expect(await page.locator('[data-testid="profile-standings"] [data-measure="networkTypes"]').getAttribute('data-position')).toBe('fewer');
    expect(await page.getByTestId('comparison-chart').locator('.bar-chart__row').count()).toBe(7);

    // The role conflict in the BOA, with its beheersmodel date; a name opens the node panel beside the profile.
    const conflicts = page.getByTestId('profile-conflict');
    expect(await conflicts.count()).toBe(2);
    expect(await conflicts.first().textContent()).toContain('2019-07-12');
    await conflicts.first().locator('[data-node-id="org:jeugddienst-11030"]').click();
    await expect.poll(async () => (await page.getByTestId('node-panel-title').textContent()) ?? '').toBe('Jeugddienst Niel');
    await profileOf(page, 'Niel');
  });

  it('opens for the municipality selected in the zone, and for another one from the node panel', async () => {
    const page = await demo.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${demo.server.url}/?zone=zone:rupelaar&node=nis:11030&view=graph&lang=nl`);
    await graphReady(page);
    await page.getByTestId('analysis-toggle').locator('button[data-view="profile"]').click();
    await profileOf(page, 'Niel');

    // Boom, a neighbour, opens in the node panel; the panel's button opens Boom's profile.
    await page.locator('.profile-header [data-node-id="nis:11005"]').click();
    await expect.poll(async () => (await page.getByTestId('node-panel-title').textContent()) ?? '').toBe('Boom');
    await profileOf(page, 'Niel');
    await page.getByTestId('open-profile-button').click();
    await profileOf(page, 'Boom');
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('11005');
  });

  it('offers a picker when no municipality is chosen, with a search for any municipality', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?zone=zone:rupelaar&view=profile&lang=nl`);
    await page.getByTestId('profile-picker').waitFor();
    expect(await page.getByTestId('profile-pick').count()).toBe(6);
    await page.getByTestId('profile-search-input').fill('Mesen');
    await page.locator('[data-testid="profile-search-hit"][data-node-id="nis:33016"]').click();
    await profileOf(page, 'Mesen');
  });

  it("shows the zone of a municipality in one zone in the zone picker, and picks none of Antwerpen's four", async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.server.url}/?view=profile&municipality=11030&lang=nl`);
    await profileOf(page, 'Niel');
    await expect.poll(() => page.getByTestId('zone-picker').inputValue()).toBe('zone:rupelaar');
    await page.goto(`${demo.server.url}/?view=profile&municipality=11002&lang=nl`);
    await profileOf(page, 'Antwerpen');
    expect(await page.getByTestId('zone-picker').inputValue()).toBe('');
  });
});
