// The HTTP API in-process: the app is a value, so no port is opened here.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HealthResponse, NodeDetail, Problem, SearchHit, ZoneSummary } from '@knooppunt/server/domain/api';
import type { CoverageResponse } from '@knooppunt/server/domain/coverage';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { Overview } from '@knooppunt/server/domain/overview';
import { createApp } from '@knooppunt/server/http/app';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

const TOKEN = 'test-token-4f9c-api-tests';
let store: EmbeddedStore;
let app: ReturnType<typeof createApp>;
let webDist: string;

beforeAll(async () => {
  store = EmbeddedStore.inMemory();
  await store.importDataset(smallDataset());
  webDist = await mkdtemp(join(tmpdir(), 'knooppunt-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Knooppunt</title>');
  await writeFile(join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
  app = createApp({
    store,
    version: '9.9.9',
    token: TOKEN,
    centroids: [{ nis: '90001', lon: 4.4, lat: 51.2 }],
    webDist,
    logError: () => undefined,
  });
});

afterAll(async () => {
  await rm(webDist, { recursive: true, force: true });
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(10);
  return problem;
}

describe('read API', () => {
  it('reports the backend, version, counts and dataset on /api/health', async () => {
    const health = (await (await app.request('/api/health')).json()) as HealthResponse;
    expect(health.backend).toBe('embedded');
    expect(health.version).toBe('9.9.9');
    expect(health.counts.nodes).toBe(16);
    expect(health.counts.relationships).toBe(31);
    expect(health.dataset.manifest?.notice?.nl).toBe('Testgegevens');
  });

  it('lists zones', async () => {
    const zones = (await (await app.request('/api/zones')).json()) as ZoneSummary[];
    expect(zones.map((zone) => zone.id)).toEqual(['zone:oost', 'zone:west']);
  });

  it("serves a zone's graph, and problems for a bad or unknown zone id", async () => {
    const graph = (await (await app.request('/api/zones/zone:west/graph')).json()) as Subgraph;
    expect(graph.nodes).toHaveLength(10);
    const encoded = (await (await app.request(`/api/zones/${encodeURIComponent('zone:west')}/graph`)).json()) as Subgraph;
    expect(encoded).toEqual(graph);
    expect((await problemOf(await app.request('/api/zones/west/graph'), 400)).detail).toContain('not a zone id');
    expect((await problemOf(await app.request('/api/zones/zone:noord/graph'), 404)).detail).toBe('zone "zone:noord" does not exist');
  });

  it("serves a municipality's graph by bare or prefixed NIS", async () => {
    const bare = (await (await app.request('/api/municipalities/90004/graph')).json()) as Subgraph;
    const prefixed = (await (await app.request('/api/municipalities/nis:90004/graph')).json()) as Subgraph;
    expect(bare).toEqual(prefixed);
    expect(bare.nodes.map((node) => node.id)).toContain('offer:caw-onthaal');
    await problemOf(await app.request('/api/municipalities/9000/graph'), 400);
    await problemOf(await app.request('/api/municipalities/99999/graph'), 404);
  });

  it('details a node, and answers 404 problem+json for an unknown id', async () => {
    const detail = (await (await app.request('/api/nodes/nis:90002')).json()) as NodeDetail;
    expect(detail.zones.map((zone) => zone.name)).toEqual(['Zone Oost', 'Zone West']);
    const problem = await problemOf(await app.request('/api/nodes/org:onbekend'), 404);
    expect(problem.detail).toBe('node "org:onbekend" does not exist');
    expect(problem.instance).toBe('/api/nodes/org:onbekend');
  });

  it('serves neighbourhoods and rejects a depth out of range, naming the parameter', async () => {
    const two = (await (await app.request('/api/nodes/nis:90004/neighbourhood?depth=2')).json()) as Subgraph;
    expect(two.nodes.length).toBeGreaterThan(4);
    const capped = (await (await app.request('/api/nodes/nis:90004/neighbourhood?depth=2&limit=3')).json()) as Subgraph;
    expect(capped.truncated).toBe(true);
    expect((await problemOf(await app.request('/api/nodes/nis:90004/neighbourhood?depth=9'), 400)).detail).toBe(
      'query parameter "depth": expected at most 3',
    );
    expect((await problemOf(await app.request('/api/nodes/nis:90004/neighbourhood?depth=two'), 400)).detail).toContain('"depth"');
  });

  it('searches by name and NIS, and requires q', async () => {
    const hits = (await (await app.request('/api/search?q=BEEK')).json()) as SearchHit[];
    expect(hits[0]).toMatchObject({ id: 'nis:90002', matched: 'name', zones: ['zone:oost', 'zone:west'] });
    const byNis = (await (await app.request('/api/search?q=90003')).json()) as SearchHit[];
    expect(byNis.map((hit) => hit.id)).toEqual(['nis:90003']);
    await problemOf(await app.request('/api/search'), 400);
  });

  it('serves coverage per municipality of a zone, and 404 for an unknown zone', async () => {
    const answer = (await (await app.request('/api/coverage?zone=west')).json()) as CoverageResponse;
    expect(answer.municipalities.map((row) => row.municipality.id)).toEqual(['nis:90001', 'nis:90002']);
    expect(((await (await app.request('/api/coverage')).json()) as CoverageResponse).municipalities).toHaveLength(4);
    expect((await problemOf(await app.request('/api/coverage?zone=zone:noord'), 404)).detail).toBe('zone "zone:noord" does not exist');
  });

  it('serves centroids and an OpenAPI document describing every route', async () => {
    expect(await (await app.request('/api/geo/centroids')).json()).toEqual([{ nis: '90001', lon: 4.4, lat: 51.2 }]);
    const openapi = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/health', '/zones', '/zones/{id}/graph', '/municipalities/{nis}/graph', '/nodes/{id}', '/nodes/{id}/neighbourhood', '/search', '/import', '/findings', '/coverage', '/map', '/geo/boundaries']),
    );
  });

  it('serves the overview of the whole graph, with every node either counted at a municipality or unplaced', async () => {
    const overview = (await (await app.request('/api/overview')).json()) as Overview;
    const health = (await (await app.request('/api/health')).json()) as { counts: { nodes: number; relationships: number } };
    expect(overview.nodes).toBe(health.counts.nodes);
    expect(overview.relationships).toBe(health.counts.relationships);
    const counted = overview.municipalities.reduce((sum, m) => sum + Object.values(m.actors).reduce((a, b) => a + (b ?? 0), 0), 0);
    expect(counted + overview.unplaced + overview.municipalities.length + overview.zones.length).toBe(overview.nodes);
  });

  it('answers an unknown API path with a 404 problem, not the web app', async () => {
    expect((await problemOf(await app.request('/api/nope'), 404)).detail).toContain('/api/openapi.json');
  });
});

describe('web app', () => {
  it('serves index.html at / and for app routes, and hashed assets as immutable', async () => {
    const index = await app.request('/');
    expect(await index.text()).toContain('<title>Knooppunt</title>');
    expect((await app.request('/?zone=zone:west&selected=nis:90001')).status).toBe(200);
    const asset = await app.request('/assets/app-1234.js');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves files outside the build folder', async () => {
    // A path that climbs out is answered as any unknown page (the app's index), never with the file.
    const response = await app.request('/..%2F..%2Fetc%2Fpasswd');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const text = await response.text();
    expect(text).not.toContain('root:');
    expect(text).toBe(await (await app.request('/')).text());
    expect((await app.request('/assets/..%2F..%2F..%2Fetc%2Fpasswd.js')).status).toBe(404);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });
});

describe('POST /api/import', () => {
  const body = JSON.stringify({ municipalities: [{ nis: '90005', name: 'Eindhoek' }] });

  it('is closed without a token configured', async () => {
    const closed = createApp({ store, version: '0', centroids: [], logError: () => undefined });
    const problem = await problemOf(await closed.request('/api/import', { method: 'POST', body }), 403);
    expect(problem.detail).toContain('KNOOPPUNT_TOKEN');
  });

  it('refuses a missing or wrong token', async () => {
    const missing = await app.request('/api/import', { method: 'POST', body });
    await problemOf(missing, 401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    await problemOf(await app.request('/api/import', { method: 'POST', body, headers: { authorization: 'Bearer nope' } }), 401);
  });

  it('answers 422 with every validation error and writes nothing', async () => {
    const before = await store.datasetInfo();
    const invalid = JSON.stringify({ municipalities: [{ nis: '123', name: 'Fout' }, { nis: '90006' }] });
    const response = await app.request('/api/import', {
      method: 'POST',
      body: invalid,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    const problem = await problemOf(response, 422);
    expect(problem.errors).toHaveLength(2);
    expect(problem.errors![0]).toMatch(/^upload\.json:\d+: nis: /);
    expect(await store.datasetInfo()).toEqual(before);
  });

  it('reports a byte order mark in an uploaded JSON document instead of silently dropping it', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const response = await app.request('/api/import', {
      method: 'POST',
      body: withBom,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    const problem = await problemOf(response, 422);
    expect(problem.errors![0]).toMatch(/^upload\.json:1: : .*BOM/);
  });

  it('imports a zip of the CSV folder', async () => {
    const zip = zipSync({ 'dataset/municipalities.csv': strToU8('nis,name\n90007,Zevenhoek\n') });
    const response = await app.request('/api/import', { method: 'POST', body: zip, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect((await store.nodeDetail('nis:90007'))?.node.properties).toMatchObject({ name: 'Zevenhoek' });
  });

  it('imports a JSON document with the right token (upsert)', async () => {
    const before = (await store.counts()).nodes;
    const existed = (await store.nodeDetail('nis:90005')) !== undefined;
    const response = await app.request('/api/import', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as { rows: number; counts: { nodes: number } };
    expect(summary.rows).toBe(1);
    // Whatever the tests before it imported: the upsert adds Eindhoek once, and a second time nothing.
    expect(summary.counts.nodes).toBe(before + (existed ? 0 : 1));
    expect((await store.nodeDetail('nis:90005'))?.node.properties).toMatchObject({ name: 'Eindhoek' });
    const again = await app.request('/api/import', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    expect(((await again.json()) as { counts: { nodes: number } }).counts.nodes).toBe(summary.counts.nodes);
  });
});
