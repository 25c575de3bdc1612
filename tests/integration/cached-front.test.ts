// The server as it listens: cached answers served before the router must be the same answers, with
// the same headers, and never outlive the data they describe.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeDatasetCsv } from '@knooppunt/fixtures/lib/write-dataset';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

const TOKEN = 'front-test-token';
let folder: string;
let running: RunningKnooppunt;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knooppunt-front-'));
  writeDatasetCsv(smallDataset(), join(folder, 'dataset'));
  running = await startKnooppunt({ port: 0, dataDir: join(folder, 'store'), seedFrom: join(folder, 'dataset'), token: TOKEN });
});

afterAll(async () => {
  await running.close();
  await rm(folder, { recursive: true, force: true });
});

const path = `/api/zones/${encodeURIComponent('zone:west')}/graph`;
const headersOf = (response: Response) =>
  Object.fromEntries(['content-type', 'etag', 'cache-control', 'vary', 'x-content-type-options', 'referrer-policy'].map((name) => [name, response.headers.get(name)]));

describe('cached answers in front of the router', () => {
  it('gives a repeated request the same body and headers as the first', async () => {
    const first = await fetch(running.url + path, { headers: { 'accept-encoding': 'identity' } });
    const second = await fetch(running.url + path, { headers: { 'accept-encoding': 'identity' } });
    expect(second.status).toBe(200);
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(headersOf(second)['x-content-type-options']).toBe('nosniff');
    expect(await second.text()).toBe(await first.text());
  });

  it('sends gzip to clients that ask for it, and 304 to a matching If-None-Match', async () => {
    const plain = await (await fetch(running.url + path, { headers: { 'accept-encoding': 'identity' } })).text();
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer; etag: string | undefined }>((resolvePromise, reject) => {
      import('node:http').then(({ get }) =>
        get(running.url + path, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolvePromise({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks), etag: response.headers.etag }),
          );
        }).on('error', reject),
      );
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(plain);
    const revalidated = await fetch(running.url + path, { headers: { 'if-none-match': raw.etag! } });
    expect(revalidated.status).toBe(304);
  });

  it('never serves an answer about data that an import has since changed', async () => {
    const before = (await (await fetch(running.url + path)).json()) as Subgraph;
    const response = await fetch(`${running.url}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ municipalities: [{ nis: '90001', name: 'Aarde-Nieuw' }] }),
    });
    expect(response.status).toBe(200);
    const after = (await (await fetch(running.url + path)).json()) as Subgraph;
    const name = (graph: Subgraph) => graph.nodes.find((node) => node.id === 'nis:90001')?.properties;
    expect(name(before)).toMatchObject({ name: 'Aarde' });
    expect(name(after)).toMatchObject({ name: 'Aarde-Nieuw' });
  });
});
