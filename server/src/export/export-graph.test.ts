import { describe, expect, it } from 'vitest';
import type { DatasetInfo, GraphCounts } from '../domain/api';
import type { Subgraph } from '../domain/graph';
import type { GraphDocument } from '../domain/graph-document';
import type { GraphPage } from '../domain/graph-pages';
import type { GraphStore } from '../store/graph-store';
import { exportGraph } from './export-graph';
import { collectChunks, TEST_NODES, TEST_RELATIONSHIPS, testPages } from './test-graph';

/** Only what an export asks of a store. */
function fakeStore(options: { counts?: { nodes: number; relationships: number }; pages?: () => AsyncIterable<GraphPage>; zones?: Record<string, Subgraph> } = {}): GraphStore {
  const store: Pick<GraphStore, 'backend' | 'counts' | 'datasetInfo' | 'streamGraph' | 'zoneGraph'> = {
    backend: 'neo4j',
    counts: async () => ({ ...(options.counts ?? { nodes: 4, relationships: 4 }) }) as GraphCounts,
    datasetInfo: async (): Promise<DatasetInfo> => ({ importedAt: '2025-01-01T00:00:00.000Z', contentHash: 'sha256:def', manifest: { title: 'Fake' } }),
    streamGraph: options.pages ?? (() => testPages()),
    zoneGraph: async (zoneId) => options.zones?.[zoneId],
  };
  return store as GraphStore;
}

const NOW = new Date('2025-04-02T08:00:00.000Z');

async function text(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  return (await collectChunks(chunks)).join('');
}

describe('exportGraph', () => {
  it('describes the export: time, version, schema, content hash, filter, backend, counts and manifest', async () => {
    const graphExport = (await exportGraph(fakeStore(), { format: 'json', appVersion: '2.0.0', now: NOW }))!;
    expect(graphExport.metadata).toEqual({
      format: 'knooppunt-graph',
      exportedAt: '2025-04-02T08:00:00.000Z',
      appVersion: '2.0.0',
      schemaVersion: 1,
      contentHash: 'sha256:def',
      filter: {},
      backend: 'neo4j',
      counts: { nodes: 4, relationships: 4 },
      manifest: { title: 'Fake' },
    });
    expect(graphExport.fileName).toBe('knooppunt-vlaanderen-2025-04-02.json');
    expect(graphExport.contentType).toBe('application/json; charset=utf-8');
    const document = JSON.parse(await text(graphExport.chunks)) as GraphDocument;
    expect(document.nodes.map((node) => node.key)).toEqual(TEST_NODES.map((node) => node.id));
  });

  it("exports one zone's graph, named after the zone", async () => {
    const zone: Subgraph = { nodes: TEST_NODES.slice(1, 3), relationships: TEST_RELATIONSHIPS.slice(2, 3) };
    const graphExport = (await exportGraph(fakeStore({ zones: { 'zone:west': zone } }), { format: 'gexf', zone: 'zone:west', appVersion: '2.0.0', now: NOW }))!;
    expect(graphExport.metadata.filter).toEqual({ zone: 'zone:west' });
    expect(graphExport.metadata.counts).toEqual({ nodes: 2, relationships: 1 });
    expect(graphExport.fileName).toBe('knooppunt-west-2025-04-02.gexf');
    const gexf = await text(graphExport.chunks);
    expect(gexf.match(/<node /g)).toHaveLength(2);
    expect(gexf.match(/<edge /g)).toHaveLength(1);
  });

  it('gives undefined for a zone that does not exist', async () => {
    expect(await exportGraph(fakeStore(), { format: 'csv', zone: 'zone:nowhere', appVersion: '2.0.0' })).toBeUndefined();
  });

  it('fails the export when the graph changed between counting and streaming', async () => {
    const graphExport = (await exportGraph(fakeStore({ counts: { nodes: 5, relationships: 4 } }), { format: 'graphml', appVersion: '2.0.0' }))!;
    await expect(text(graphExport.chunks)).rejects.toThrow('the graph changed during the export (5 nodes and 4 relationships when it began, 4 and 4 exported)');
  });

  it('rejects before streaming when the store cannot give its first page', async () => {
    const failing = async function* (): AsyncGenerator<GraphPage> {
      yield* [];
      throw new Error('Neo4j at bolt://x is unreachable');
    };
    await expect(exportGraph(fakeStore({ pages: failing }), { format: 'json', appVersion: '2.0.0' })).rejects.toThrow('unreachable');
  });

  it('reads the schema files into the Cypher export', async () => {
    const graphExport = (await exportGraph(fakeStore(), { format: 'cypher', appVersion: '2.0.0', now: NOW }))!;
    const script = await text(graphExport.chunks);
    expect(script).toContain('CREATE CONSTRAINT knooppunt_node_generation_id IF NOT EXISTS FOR (n:KnooppuntNode) REQUIRE (n.id, n.generation) IS UNIQUE;');
    expect(script).toContain('CREATE INDEX knooppunt_node_id IF NOT EXISTS FOR (n:KnooppuntNode) ON (n.id);');
    expect(script).toContain('CREATE INDEX offer_function IF NOT EXISTS FOR (n:Offer) ON (n.function);');
    expect(graphExport.fileName).toBe('knooppunt-vlaanderen-2025-04-02.cypher');
  });
});
