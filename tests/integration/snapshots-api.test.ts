// /api/snapshots in-process: save, list, download, compare and delete, with the write token where needed.
import type { Problem } from '@knooppunt/server/domain/api';
import type { GraphDocument } from '@knooppunt/server/domain/graph-document';
import type { SnapshotDiffResponse, SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { createApp } from '@knooppunt/server/http/app';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

const TOKEN = 'snapshot-token-7d1e';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(smallDataset());
  app = createApp({ store, version: '9.9.9', token: TOKEN, centroids: [], logError: () => undefined });
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as Problem;
}

const save = (body: unknown, headers: Record<string, string> = auth) =>
  app.request('/api/snapshots', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } });

const diff = async (query: string): Promise<SnapshotDiffResponse> => {
  const response = await app.request(`/api/snapshots/diff?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SnapshotDiffResponse;
};

describe('/api/snapshots', () => {
  let saved: SnapshotSummary;

  it('refuses to save without the write token, or while writes are disabled', async () => {
    expect((await problemOf(await save({ name: 'x' }, {}), 401)).detail).toContain('Bearer');
    await problemOf(await save({ name: 'x' }, { authorization: 'Bearer wrong' }), 401);
    const closed = createApp({ store: EmbeddedStore.inMemory(), version: '9.9.9', centroids: [] });
    const response = await closed.request('/api/snapshots', { method: 'POST', body: '{"name":"x"}' });
    expect((await problemOf(response, 403)).detail).toContain('KNOOPPUNT_TOKEN');
    expect(await (await app.request('/api/snapshots')).json()).toEqual([]);
  });

  it('names what is wrong with the request body', async () => {
    expect((await problemOf(await save('{name'), 400)).detail).toContain('not JSON');
    expect((await problemOf(await save({}), 400)).detail).toBe('request body field "name": expected a string');
    expect((await problemOf(await save({ name: '  ' }), 400)).detail).toBe('request body field "name": must not be empty');
    expect((await problemOf(await save({ name: 'x'.repeat(101) }), 400)).detail).toContain('"name": must be at most 100 characters');
    expect((await problemOf(await save({ name: 'x', note: 'y' }), 400)).detail).toBe('request body field "note": unknown field (expected: name)');
    expect((await problemOf(await save(['x']), 400)).detail).toContain('expected an object');
  });

  it('saves the graph as a named snapshot and lists it', async () => {
    const response = await save({ name: 'Begintoestand' });
    expect(response.status).toBe(201);
    saved = (await response.json()) as SnapshotSummary;
    expect(saved).toMatchObject({ name: 'Begintoestand', counts: { nodes: 16, relationships: 31 } });
    expect(response.headers.get('location')).toBe(`/api/snapshots/${saved.id}`);
    expect(await (await app.request('/api/snapshots')).json()).toEqual([saved]);
  });

  it('sends a snapshot as a JSON download: the graph document', async () => {
    const response = await app.request(`/api/snapshots/${saved.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="knooppunt-snapshot-${saved.id}.json"`);
    const document = (await response.json()) as GraphDocument;
    expect(document.attributes.knooppunt).toMatchObject({ format: 'knooppunt-graph', appVersion: '9.9.9', contentHash: saved.contentHash });
    expect(document.nodes).toHaveLength(16);
    const missing = await problemOf(await app.request('/api/snapshots/20200101-000000-000000'), 404);
    expect(missing.detail).toBe('no snapshot "20200101-000000-000000"; GET /api/snapshots lists them');
  });

  it('compares a snapshot with now: nothing while nothing changed', async () => {
    const same = await diff(`from=${saved.id}`);
    expect(same.from).toEqual(saved);
    expect(same.to).toEqual({ id: 'now', contentHash: saved.contentHash, counts: saved.counts });
    expect(Object.values(same.counts).every((count) => count === 0)).toBe(true);
    expect(same).toMatchObject({ limit: 1000, truncated: false });
    expect((await diff(`from=${saved.id}&to=${saved.id}`)).counts).toEqual(same.counts);
  });

  it('compares after the data changed: removed offers, a changed property, closed findings', async () => {
    const changed = {
      ...smallDataset(),
      municipalities: smallDataset().municipalities.map((row) => (row.nis === '90003' ? { ...row, population: 5_500 } : row)),
      offers: [],
      offer_serves: [],
    };
    const imported = await app.request('/api/import?replace=true', { method: 'POST', body: JSON.stringify(changed), headers: { ...auth, 'content-type': 'application/json' } });
    expect(imported.status).toBe(200);

    const result = await diff(`from=${saved.id}&to=now`);
    expect(result.counts).toMatchObject({ nodesAdded: 0, nodesRemoved: 3, nodesChanged: 1 });
    expect(result.nodes.removed.map((node) => node.id)).toEqual(['offer:caw-onthaal', 'offer:kdv-aarde-1', 'offer:vlinder-1']);
    expect(result.nodes.changed).toEqual([
      { id: 'nis:90003', label: 'Municipality', name: 'Cirkel', changes: [{ property: 'population', before: 5_000, after: 5_500 }] },
    ]);
    expect(result.counts.relationshipsRemoved).toBe(7);
    // Aarde directs the LOK and ran the childcare offer of an organisation it operates and funds: without offers, no conflict.
    expect(result.findings.opened).toEqual([]);
    expect(result.findings.closed.map((finding) => finding.id)).toEqual([
      'CONFLICT_REGIE_ACTOR:nis:90001:net:lok-aarde',
      'CONFLICT_SELF_FUNDING:nis:90001:net:lok-aarde',
      'CONFLICT_UNEQUAL_SUPPORT:nis:90001:kinderopvang',
    ]);

    const cut = await diff(`from=${saved.id}&limit=1`);
    expect(cut.truncated).toBe(true);
    expect(cut.counts).toEqual(result.counts);
    expect(cut.nodes.removed).toHaveLength(1);
    expect(cut.relationships.removed).toHaveLength(1);
  });

  it('takes a snapshot download back through POST /api/import, after which it matches the snapshot again', async () => {
    const document = await (await app.request(`/api/snapshots/${saved.id}`)).text();
    const imported = await app.request('/api/import?replace=true', { method: 'POST', body: document, headers: { ...auth, 'content-type': 'application/json' } });
    expect(imported.status).toBe(200);
    expect(Object.values((await diff(`from=${saved.id}`)).counts).every((count) => count === 0)).toBe(true);
  });

  it('refuses a broken graph document through POST /api/import with every error by line and field, writing nothing', async () => {
    const lines = (await (await app.request(`/api/snapshots/${saved.id}`)).text()).split('\n');
    const index = lines.findIndex((line) => line.includes('"label":"Offer"') && /"capacity":\d+/.test(line));
    lines[index] = lines[index]!.replace(/"capacity":\d+/, '"capacity":-1').replace('"label":"Offer"', '"label":"Offer","colour":"red"');
    const response = await app.request('/api/import?replace=true', {
      method: 'POST',
      body: lines.join('\n'),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    const problem = await problemOf(response, 422);
    expect(problem.errors).toEqual([
      `upload.json:${index + 1}: nodes[${index - 1}].attributes.colour: unknown attribute (expected: label, function, capacity, name)`,
      `upload.json:${index + 1}: nodes[${index - 1}].attributes.capacity: negative number "-1" (expected 0 or more)`,
    ]);
    expect(Object.values((await diff(`from=${saved.id}`)).counts).every((count) => count === 0)).toBe(true);
  });

  it('answers bad diff parameters with a 400 naming the parameter, unknown snapshots with a 404', async () => {
    expect((await problemOf(await app.request('/api/snapshots/diff'), 400)).detail).toBe('query parameter "from": required (a snapshot id, or now)');
    expect((await problemOf(await app.request(`/api/snapshots/diff?from=${saved.id}&limit=0`), 400)).detail).toContain('query parameter "limit"');
    expect((await problemOf(await app.request(`/api/snapshots/diff?from=${saved.id}&limit=many`), 400)).detail).toContain('query parameter "limit"');
    expect((await problemOf(await app.request('/api/snapshots/diff?from=nope'), 404)).detail).toContain('query parameter "from": no snapshot "nope"');
    expect((await problemOf(await app.request(`/api/snapshots/diff?from=${saved.id}&to=nope`), 404)).detail).toContain('query parameter "to"');
  });

  it('deletes a snapshot with the token, and then knows it no more', async () => {
    await problemOf(await app.request(`/api/snapshots/${saved.id}`, { method: 'DELETE' }), 401);
    const deleted = await app.request(`/api/snapshots/${saved.id}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(204);
    await problemOf(await app.request(`/api/snapshots/${saved.id}`, { method: 'DELETE', headers: auth }), 404);
    expect(await (await app.request('/api/snapshots')).json()).toEqual([]);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/snapshots'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/snapshots/{id}'] ?? {}).sort()).toEqual(['delete', 'get']);
    expect(Object.keys(document.paths['/snapshots/diff'] ?? {})).toEqual(['get']);
  });
});
