import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../domain/graph-document';
import { writeJson } from './json-export';
import { TEST_METADATA, testPages, writeText } from './test-graph';

const EXPECTED = [
  '{"attributes":{"knooppunt":{"format":"knooppunt-graph","exportedAt":"2025-03-01T10:00:00.000Z","appVersion":"1.2.3","schemaVersion":1,' +
    '"contentHash":"sha256:abc","filter":{},"backend":"embedded","counts":{"nodes":4,"relationships":4},"manifest":{"title":"Test","illustrative":true}}},' +
    '"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[',
  '{"key":"net:lok","attributes":{"type":"LOK","name":"=LOK \\"Aarde\\"\\nnoord 😀","governanceModel":true,"label":"Network"}},',
  '{"key":"nis:90001","attributes":{"nis":"90001","name":"Aarde & <Beek> \\\\ Sint-Émile","population":10000,"label":"Municipality"}},',
  '{"key":"offer:o1","attributes":{"function":"kinderopvang_baby_peuter","capacity":12,"label":"Offer"}},',
  '{"key":"org:kroon","attributes":{"name":"\'t Kroontje, vzw\\u0001","legalForm":"nonprofit","sector":"kinderopvang","label":"Organisation"}}',
  '],"edges":[',
  '{"key":"DIRECTS:nis:90001->net:lok","source":"nis:90001","target":"net:lok","attributes":{"type":"DIRECTS"}},',
  '{"key":"FUNDS:nis:90001->org:kroon#2024:subsidie","source":"nis:90001","target":"org:kroon","attributes":{"year":2024,"amount":1250.5,"kind":"subsidie","type":"FUNDS"}},',
  '{"key":"LOCATED_IN:offer:o1->nis:90001","source":"offer:o1","target":"nis:90001","attributes":{"type":"LOCATED_IN"}},',
  '{"key":"MEMBER_OF:org:kroon->net:lok","source":"org:kroon","target":"net:lok","attributes":{"role":"partner","type":"MEMBER_OF"}}',
  ']}',
  '',
].join('\n');

describe('JSON export', () => {
  it('writes the graph document, one node and one edge per line, properties in model order', async () => {
    expect(await writeText(writeJson)).toBe(EXPECTED);
  });

  it('gives the same text however the store pages the graph', async () => {
    expect(await writeText(writeJson, testPages(1))).toBe(EXPECTED);
    expect(await writeText(writeJson, testPages(100))).toBe(EXPECTED);
  });

  it('is a document graphology reads (Graph.from), with its options, with the metadata, labels, types and typed properties', async () => {
    const document = JSON.parse(await writeText(writeJson)) as GraphDocument;
    const graph = Graph.from(document);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('knooppunt')).toEqual(TEST_METADATA);
    expect(graph.getNodeAttributes('nis:90001')).toEqual({ label: 'Municipality', nis: '90001', name: 'Aarde & <Beek> \\ Sint-Émile', population: 10000 });
    expect(graph.getNodeAttribute('net:lok', 'name')).toBe('=LOK "Aarde"\nnoord 😀');
    expect(graph.getEdgeAttributes('FUNDS:nis:90001->org:kroon#2024:subsidie')).toEqual({ type: 'FUNDS', year: 2024, amount: 1250.5, kind: 'subsidie' });
    expect(graph.source('MEMBER_OF:org:kroon->net:lok')).toBe('org:kroon');
  });

  it('writes an empty graph as a valid document', async () => {
    const metadata = { ...TEST_METADATA, counts: { nodes: 0, relationships: 0 } };
    const document = JSON.parse(await writeText(writeJson, testPages(2, [], []), metadata)) as GraphDocument;
    expect(document.nodes).toEqual([]);
    expect(document.edges).toEqual([]);
    expect(document.attributes.knooppunt.counts).toEqual({ nodes: 0, relationships: 0 });
  });

  it('writes a graph without relationships as a valid document', async () => {
    const document = JSON.parse(await writeText(writeJson, testPages(2, undefined, []))) as GraphDocument;
    expect(document.nodes).toHaveLength(4);
    expect(document.edges).toEqual([]);
  });
});
