// Snapshots end to end: a researcher saves a snapshot in the web app (with the write token), the data
// changes through the API, and the comparison snapshot → now shows what was added and removed and which
// findings opened.
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoApp } from './demo-app';

const TOKEN = 'e2e-snapshot-token';
const demo = useDemoApp({ token: TOKEN });
const demoFolder = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

/** The demo with one offer gone and a new municipality in a zone, where nothing covers it yet. */
async function changedDemo(): Promise<{ dataset: Dataset; removedOffer: string }> {
  const dataset = await readDataset(demoFolder);
  const [removed, ...offers] = dataset.offers;
  const zone = dataset.zones[0]!;
  return {
    removedOffer: `offer:${removed!.id}`,
    dataset: {
      ...dataset,
      offers,
      offer_serves: dataset.offer_serves.filter((row) => row.offer_id !== removed!.id),
      municipalities: [...dataset.municipalities, { nis: '99001', name: 'Proefdorp', population: 4_000 }],
      zone_members: [...dataset.zone_members, { zone_id: zone.id, nis: '99001' }],
    },
  };
}

const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-count'));

describe('snapshots', () => {
  it('saves a snapshot, and after the data changed shows what was added, removed and opened since', async () => {
    const page = await demo.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${demo.server.url}/?view=snapshots`);
    await page.getByTestId('snapshots-view').waitFor();
    await page.getByTestId('snapshot-list').waitFor();
    expect(await page.getByTestId('snapshot-row').count()).toBe(0);

    // A wrong token is refused with a message that says so; the right one saves.
    const form = page.getByTestId('snapshot-save');
    await form.locator('input[name="name"]').fill('Voor de wijziging');
    await form.locator('input[name="token"]').fill('not-the-token');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('snapshot-save-error').textContent()).toContain('401');
    await form.locator('input[name="token"]').fill(TOKEN);
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('snapshot-row').first().waitFor();
    expect(await page.getByTestId('snapshot-row').first().textContent()).toContain('Voor de wijziging');
    // The token stays in this tab only.
    expect(await page.evaluate("sessionStorage.getItem('knooppunt.writeToken')")).toBe(TOKEN);
    expect(await page.evaluate("localStorage.getItem('knooppunt.writeToken')")).toBeNull();

    const [snapshot] = (await (await fetch(`${demo.server.url}/api/snapshots`)).json()) as SnapshotSummary[];
    expect(snapshot?.name).toBe('Voor de wijziging');
    const download = await page.getByTestId('snapshot-download').first().getAttribute('href');
    expect(download).toBe(`/api/snapshots/${snapshot!.id}`);

    const { dataset, removedOffer } = await changedDemo();
    const imported = await fetch(`${demo.server.url}/api/import?replace=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(dataset),
    });
    expect(imported.status).toBe(200);

    // The researcher comes back to the page and compares the snapshot with now.
    await page.goto(`${demo.server.url}/?view=snapshots`);
    await page.getByTestId('diff-from').selectOption(snapshot!.id);
    await page.getByTestId('diff-to').selectOption('now');
    await page.getByTestId('diff-summary').waitFor();
    await expect.poll(() => count(page, 'diff-nodes-added')).toBe(1);
    expect(await count(page, 'diff-nodes-removed')).toBe(1);
    expect(await count(page, 'diff-relationships-added')).toBe(1);
    expect(await count(page, 'diff-findings-opened')).toBeGreaterThan(0);

    const added = page.getByTestId('diff-nodes-added-list');
    expect(await added.locator('[data-testid="diff-row"]').first().textContent()).toContain('Proefdorp');
    expect(await page.getByTestId('diff-nodes-removed-list').locator(`[data-id="${removedOffer}"]`).count()).toBe(1);
    // Findings read in the interface's language (Dutch first) and name the new municipality.
    const opened = await page.getByTestId('diff-findings-opened-list').locator('[data-testid="diff-row"]').allTextContents();
    expect(opened.some((row) => row.includes('Proefdorp') && row.includes('Huis van het Kind'))).toBe(true);

    // Deleting asks first; declined, nothing goes; accepted, the snapshot is gone from the list and the store.
    let asked = false;
    page.once('dialog', (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await page.getByTestId('snapshot-delete').first().click();
    await expect.poll(() => asked).toBe(true);
    expect(await page.getByTestId('snapshot-row').count()).toBe(1);
    expect(await (await fetch(`${demo.server.url}/api/snapshots`)).json()).toHaveLength(1);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Voor de wijziging');
      void dialog.accept();
    });
    await page.getByTestId('snapshot-delete').first().click();
    await expect.poll(() => page.getByTestId('snapshot-row').count()).toBe(0);
    expect(await (await fetch(`${demo.server.url}/api/snapshots`)).json()).toEqual([]);
  });
});
