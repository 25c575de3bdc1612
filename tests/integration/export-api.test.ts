// GET /api/export in-process: every format streams as a download with its type and file name, bad
// parameters are problems that name them, and exports are never cached.
import type { Problem } from '@knooppunt/server/domain/api';
import { EXPORT_FORMATS } from '@knooppunt/server/domain/export-format';
import type { GraphDocument } from '@knooppunt/server/domain/graph-document';
import { createApp } from '@knooppunt/server/http/app';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import type { GraphPage } from '@knooppunt/server/domain/graph-pages';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

let store: EmbeddedStore;
let app: ReturnType<typeof createApp>;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  store = EmbeddedStore.inMemory();
  await store.importDataset(smallDataset());
  app = createApp({ store, version: '9.9.9', centroids: [], logError: () => undefined });
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as Problem;
}

describe('GET /api/export', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', 'json'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'graphml'],
    ['gexf', 'application/gexf+xml; charset=utf-8', 'gexf'],
    ['csv', 'application/zip', 'zip'],
    ['cypher', 'text/plain; charset=utf-8', 'cypher'],
  ])('streams %s as %s, an attachment named after the whole graph and the day', async (format, contentType, extension) => {
    const response = await app.request(`/api/export?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="knooppunt-vlaanderen-${today()}.${extension}"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
  });

  it('exports the whole graph with its metadata', async () => {
    const document = (await (await app.request('/api/export?format=json')).json()) as GraphDocument;
    expect(document.nodes).toHaveLength(16);
    expect(document.edges).toHaveLength(31);
    expect(document.attributes.knooppunt).toMatchObject({
      appVersion: '9.9.9',
      backend: 'embedded',
      filter: {},
      counts: { nodes: 16, relationships: 31 },
      contentHash: (await store.datasetInfo()).contentHash,
      manifest: { title: 'small test dataset' },
    });
  });

  it("exports a zone's graph as the explorer shows it, by zone id or slug", async () => {
    const zoneGraph = (await store.zoneGraph('zone:west'))!;
    for (const zone of ['zone:west', 'west']) {
      const response = await app.request(`/api/export?format=csv&zone=${zone}`);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="knooppunt-west-${today()}.zip"`);
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      const metadata = JSON.parse(new TextDecoder().decode(files['metadata.json'])) as GraphDocument['attributes']['knooppunt'];
      expect(metadata.filter).toEqual({ zone: 'zone:west' });
      expect(metadata.counts).toEqual({ nodes: zoneGraph.nodes.length, relationships: zoneGraph.relationships.length });
      const rows = new TextDecoder().decode(files['nodes.csv']).trim().split('\r\n');
      expect(rows).toHaveLength(zoneGraph.nodes.length + 1);
    }
  });

  it('answers 400 naming the parameter for a missing or unknown format', async () => {
    for (const query of ['', '?format=xml', '?format=JSON']) {
      const problem = await problemOf(await app.request(`/api/export${query}`), 400);
      expect(problem.detail).toBe(`query parameter "format": expected one of ${EXPORT_FORMATS.join(', ')}`);
    }
  });

  it('answers 404 for a zone that does not exist', async () => {
    const problem = await problemOf(await app.request('/api/export?format=gexf&zone=nergens'), 404);
    expect(problem.detail).toBe('query parameter "zone": zone "zone:nergens" does not exist');
  });

  it('breaks the download when the store fails halfway, instead of ending a file that looks complete', async () => {
    const failing: Partial<GraphStore> = {
      backend: 'embedded',
      counts: () => store.counts(),
      datasetInfo: () => store.datasetInfo(),
      async *streamGraph(): AsyncGenerator<GraphPage> {
        yield { kind: 'nodes', nodes: (await store.zoneGraph('zone:west'))!.nodes };
        throw new Error('the disk went away');
      },
    };
    const failingApp = createApp({ store: failing as GraphStore, version: '9.9.9', centroids: [], logError: () => undefined });
    const response = await failingApp.request('/api/export?format=graphml');
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('the disk went away');
  });

  it('makes the export only as fast as the client reads it, and stops reading the store when the client leaves', async () => {
    const zone = (await store.zoneGraph('zone:west'))!;
    let pagesRead = 0;
    let closed = false;
    const paged: Partial<GraphStore> = {
      backend: 'embedded',
      counts: async () => ({ ...(await store.counts()), nodes: zone.nodes.length * 50, relationships: 0 }),
      datasetInfo: () => store.datasetInfo(),
      async *streamGraph(): AsyncGenerator<GraphPage> {
        try {
          for (let page = 0; page < 50; page += 1) {
            pagesRead += 1;
            yield { kind: 'nodes', nodes: zone.nodes };
          }
        } finally {
          closed = true;
        }
      },
    };
    const pagedApp = createApp({ store: paged as GraphStore, version: '9.9.9', centroids: [], logError: () => undefined });
    const response = await pagedApp.request('/api/export?format=graphml');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nothing read yet: the first page (read before answering) and at most one ahead.
    expect(pagesRead).toBeLessThanOrEqual(3);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    expect(pagesRead).toBeLessThanOrEqual(4);
    await reader.cancel();
    expect(closed).toBe(true);
    expect(pagesRead).toBeLessThan(50);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }> };
    const parameters = document.paths['/export']!.get.parameters;
    expect(parameters.find((parameter) => parameter.name === 'format')?.schema.enum).toEqual([...EXPORT_FORMATS]);
    expect(parameters.map((parameter) => parameter.name)).toEqual(['format', 'zone']);
  });
});
