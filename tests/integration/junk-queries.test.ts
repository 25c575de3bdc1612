// Query strings made up to fill the answer cache (`?junk=1`, `?junk=2`, …) all find the one cached
// answer their route means: the server's memory levels off instead of growing with every new string.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process';

const MiB = 1024 * 1024;

/** `count` requests, `concurrency` at a time, each with a query string never sent before. */
async function junkRequests(url: string, path: string, from: number, count: number, concurrency: number): Promise<number[]> {
  const statuses: number[] = [];
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < from + count) {
      const index = next++;
      const response = await fetch(`${url}${path}?junk=${index}&also=${'x'.repeat(200)}${index}`, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

describe('junk query strings', () => {
  let server: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-junk-'));
    // Flanders scale: a zone's graph is about 0.65 MB, as in the probe that found the cache filling up.
    const store = await EmbeddedStore.open(dataDir, { exclusive: true });
    await store.importDataset(generateDataset({ seed: 42, scale: 'flanders' }));
    await store.close();
    server = await startServerProcess({ KNOOPPUNT_DATA: dataDir });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  it('do not grow the server with every new string', async () => {
    const zones = (await (await fetch(`${server.url}/api/zones`)).json()) as { id: string }[];
    const path = `/api/zones/${encodeURIComponent(zones[0]!.id)}/graph`;
    // The answer itself cached, as any visitor would have it.
    await (await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    const before = await server.rss();
    const rss: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const statuses = await junkRequests(server.url, path, round * 1000, 1000, 20);
      expect(new Set(statuses)).toEqual(new Set([200]));
      rss.push(await server.rss());
    }
    // Kept as cache entries, 3,000 junk strings would hold 512 copies of a 0.65 MB answer (the old
    // cache's entry limit) and its gzip: some 390 MB. What remains is garbage not yet collected.
    const growth = Math.max(...rss) - before;
    expect(growth, `RSS before ${(before / MiB).toFixed(0)} MB, after each round ${rss.map((bytes) => (bytes / MiB).toFixed(0)).join(', ')} MB`).toBeLessThan(150 * MiB);
  }, 300_000);
});
