import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../../import/files';
import { datasetFiles } from '../../import/test-support';
import { EmbeddedStore } from '../../store/embedded/embedded-store';
import { createApp } from '../app';

async function exportApp(maxConcurrentExports: number) {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(parseDatasetFiles(datasetFiles()));
  const app = createApp({ store, version: 'test', centroids: [], maxConcurrentExports });
  return { request: (path: string) => app.request(`/api${path}`) };
}

describe('GET /export: the cap on concurrent exports', () => {
  it('answers 503 with Retry-After past the cap, and takes exports again once one ends', async () => {
    const app = await exportApp(2);
    // Bodies not read yet: both exports hold their slot.
    const first = await app.request('/export?format=graphml');
    const second = await app.request('/export?format=json');
    expect([first.status, second.status]).toEqual([200, 200]);
    const refused = await app.request('/export?format=gexf');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { detail: string }).detail).toBe('2 exports are running, the most this server makes at once; try again in 5 s');

    expect(await first.text()).toContain('</graphml>');
    expect((await app.request('/export?format=gexf')).status).toBe(200);
  });

  it('gives the slot back when the client leaves mid-download or the zone does not exist', async () => {
    const app = await exportApp(1);
    const left = await app.request('/export?format=graphml');
    await left.body?.cancel();
    expect((await app.request('/export?format=json&zone=nowhere')).status).toBe(404);
    const next = await app.request('/export?format=json');
    expect(next.status).toBe(200);
    await next.text();
  });
});
