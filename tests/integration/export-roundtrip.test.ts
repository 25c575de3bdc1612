// Exports read back by independent readers: graphology-graphml and graphology-gexf (on @xmldom/xmldom),
// fflate's unzip and a CSV parser, on the demo dataset with awkward names and on a generated one (a zone,
// to keep the XML parsers' time in bounds). What comes back must be the store's graph: the same
// nodes, relationships and attributes, with their types. XML is also checked by a strict parser (saxes).
import { fileURLToPath } from 'node:url';
import { neutraliseFormula } from '@knooppunt/server/domain/csv-cell';
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import type { GraphNode, Relationship } from '@knooppunt/server/domain/graph';
import { NODE_PROPERTY_COLUMNS, RELATIONSHIP_PROPERTY_COLUMNS } from '@knooppunt/server/domain/property-schema';
import { parseCsv } from '@knooppunt/server/import/csv';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { unzipSync } from 'fflate';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportBytes as exportBytesOf,
  exportText as exportTextOf,
  gexfEdgeAttributes,
  gexfNodeAttributes,
  graphmlEdgeAttributes,
  graphmlNodeAttributes,
  wholeGraph,
  xmlProblems,
} from '../support/export-support';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

function expectSameGraph(
  parsed: Graph,
  graph: { nodes: GraphNode[]; relationships: Relationship[] },
  nodeAttributes: (node: GraphNode) => Record<string, unknown>,
  edgeAttributes: (relationship: Relationship) => Record<string, unknown>,
): void {
  expect(parsed.type).toBe('directed');
  expect(parsed.order).toBe(graph.nodes.length);
  expect(parsed.size).toBe(graph.relationships.length);
  for (const node of graph.nodes) expect(parsed.getNodeAttributes(node.id), node.id).toStrictEqual(nodeAttributes(node));
  for (const relationship of graph.relationships) {
    expect(parsed.source(relationship.id)).toBe(relationship.from);
    expect(parsed.target(relationship.id)).toBe(relationship.to);
    expect(parsed.getEdgeAttributes(relationship.id), relationship.id).toStrictEqual(edgeAttributes(relationship));
  }
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  const errors = parseCsv(text, (fields) => rows.push(fields));
  expect(errors).toEqual([]);
  return rows;
}

/** Demo organisations renamed to everything an export must escape, or neutralise in CSV. */
const AWKWARD_NAMES = ['=HYPERLINK("http://x","klik")', "'t Kroontje & <De Vlinder>", 'back\\slash "quoted"', 'twee\nregels\r\nen een tab\t', 'Zon 😀 ☀', '@SUM(1+1)', '-min', '+plus'];

async function awkwardDemo(): Promise<Dataset> {
  const dataset = await readDataset(demo);
  AWKWARD_NAMES.forEach((name, index) => {
    dataset.organisations[index] = { ...dataset.organisations[index]!, name };
  });
  return dataset;
}

describe.each([
  ['the demo dataset (a few organisations renamed to awkward names)', awkwardDemo, undefined],
  ["a zone's graph of a generated Flanders-scale dataset", async () => generateDataset({ seed: 7, scale: 'flanders' }), 'first zone'],
] as const)('exports of %s read back', (_name, load, filter) => {
  let store: EmbeddedStore;
  let zone: string | undefined;
  let graph: { nodes: GraphNode[]; relationships: Relationship[] };

  const exportBytes = (format: 'graphml' | 'gexf' | 'csv') => exportBytesOf(store, format, zone);
  const exportText = (format: 'graphml' | 'gexf') => exportTextOf(store, format, zone);

  beforeAll(async () => {
    store = EmbeddedStore.inMemory();
    await store.importDataset(await load());
    zone = filter === undefined ? undefined : (await store.listZones())[0]!.id;
    graph = zone === undefined ? await wholeGraph(store) : (await store.zoneGraph(zone))!;
  }, 60_000);

  it('GraphML, through graphology-graphml: same nodes, relationships, labels, types and typed attributes', async () => {
    const text = await exportText('graphml');
    expect(xmlProblems(text)).toEqual([]);
    const parsed = graphml.parse(Graph, text);
    expectSameGraph(parsed, graph, graphmlNodeAttributes, graphmlEdgeAttributes);
    expect(parsed.getAttribute('contentHash')).toBe((await store.datasetInfo()).contentHash);
    expect(parsed.getAttribute('nodeCount')).toBe(graph.nodes.length);
  }, 60_000);

  it('GEXF, through graphology-gexf: same nodes, relationships and typed attributes, display names as labels', async () => {
    const text = await exportText('gexf');
    expect(xmlProblems(text)).toEqual([]);
    const parsed = gexf.parse(Graph, text);
    expectSameGraph(parsed, graph, gexfNodeAttributes, gexfEdgeAttributes);
    expect(parsed.getAttribute('creator')).toBe('Knooppunt test');
    expect(parsed.getAttribute('description')).toContain(`contentHash: ${(await store.datasetInfo()).contentHash}`);
  }, 60_000);

  it('CSV zip, through fflate and a CSV parser: the same rows, numbers as numbers, formulas neutralised', async () => {
    const files = unzipSync(await exportBytes('csv'));
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const nodesText = decoder.decode(files['nodes.csv']);
    const relationshipsText = decoder.decode(files['relationships.csv']);
    expect(nodesText.startsWith('\uFEFF')).toBe(true);
    const [nodeHeader, ...nodeRows] = csvRows(nodesText.slice(1));
    const [relationshipHeader, ...relationshipRows] = csvRows(relationshipsText.slice(1));
    expect(nodeHeader).toEqual(['id', 'label', ...NODE_PROPERTY_COLUMNS.map((column) => column.name)]);
    expect(relationshipHeader).toEqual(['id', 'type', 'from', 'to', ...RELATIONSHIP_PROPERTY_COLUMNS.map((column) => column.name)]);
    const cell = (properties: object, name: string) => {
      const value = (properties as Record<string, unknown>)[name];
      return value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
    };
    expect(nodeRows).toEqual(
      graph.nodes.map((node) => [node.id, node.label, ...NODE_PROPERTY_COLUMNS.map((column) => cell(node.properties, column.name))]),
    );
    expect(relationshipRows).toEqual(
      graph.relationships.map((relationship) => [
        relationship.id,
        relationship.type,
        relationship.from,
        relationship.to,
        ...RELATIONSHIP_PROPERTY_COLUMNS.map((column) => cell(relationship.properties, column.name)),
      ]),
    );
    expect(JSON.parse(decoder.decode(files['metadata.json'])).counts).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length });
  }, 60_000);
});

describe('CSV export of names that look like formulas', () => {
  it('neutralises them and leaves the other cells alone', async () => {
    const store = EmbeddedStore.inMemory();
    const dataset = await awkwardDemo();
    await store.importDataset(dataset);
    const files = unzipSync(await exportBytesOf(store, 'csv'));
    const rows = csvRows(new TextDecoder().decode(files['nodes.csv']));
    const nameColumn = rows[0]!.indexOf('name');
    const names = new Map(rows.map((row) => [row[0], row[nameColumn]]));
    const nameOf = (index: number) => names.get(`org:${dataset.organisations[index]!.id}`);
    expect(nameOf(0)).toBe('\'=HYPERLINK("http://x","klik")');
    expect(nameOf(1)).toBe("'t Kroontje & <De Vlinder>");
    expect(nameOf(3)).toBe('twee\nregels\r\nen een tab\t');
    expect(nameOf(5)).toBe("'@SUM(1+1)");
    expect(nameOf(6)).toBe("'-min");
    expect(nameOf(7)).toBe("'+plus");
    expect(names.get('nis:11002')).toBe('Antwerpen');
  }, 60_000);
});
