// A tiny graph with awkward names for the export writers' tests: quotes, <, &, a backslash, a line
// break, an emoji, a leading = and a forbidden control character, one of each label but Zone.
import type { GraphNode, Relationship } from '../domain/graph';
import type { ExportMetadata } from '../domain/graph-document';
import type { GraphPage } from '../domain/graph-pages';
import type { ExportChunk, GraphWriter } from './graph-writer';

export const TEST_NODES: GraphNode[] = [
  { id: 'net:lok', label: 'Network', properties: { type: 'LOK', name: '=LOK "Aarde"\nnoord 😀', governanceModel: true } },
  { id: 'nis:90001', label: 'Municipality', properties: { nis: '90001', name: 'Aarde & <Beek> \\ Sint-Émile', population: 10000 } },
  { id: 'offer:o1', label: 'Offer', properties: { function: 'kinderopvang_baby_peuter', capacity: 12 } },
  { id: 'org:kroon', label: 'Organisation', properties: { sector: 'kinderopvang', name: "'t Kroontje, vzw\u0001", legalForm: 'nonprofit' } },
];

export const TEST_RELATIONSHIPS: Relationship[] = [
  { id: 'DIRECTS:nis:90001->net:lok', type: 'DIRECTS', from: 'nis:90001', to: 'net:lok', properties: {} },
  { id: 'FUNDS:nis:90001->org:kroon#2024:subsidie', type: 'FUNDS', from: 'nis:90001', to: 'org:kroon', properties: { kind: 'subsidie', amount: 1250.5, year: 2024 } },
  { id: 'LOCATED_IN:offer:o1->nis:90001', type: 'LOCATED_IN', from: 'offer:o1', to: 'nis:90001', properties: {} },
  { id: 'MEMBER_OF:org:kroon->net:lok', type: 'MEMBER_OF', from: 'org:kroon', to: 'net:lok', properties: { role: 'partner' } },
];

export const TEST_METADATA: ExportMetadata = {
  format: 'knooppunt-graph',
  exportedAt: '2025-03-01T10:00:00.000Z',
  appVersion: '1.2.3',
  schemaVersion: 1,
  contentHash: 'sha256:abc',
  filter: {},
  backend: 'embedded',
  counts: { nodes: 4, relationships: 4 },
  manifest: { title: 'Test', illustrative: true },
};

/** The pages as a store streams them: nodes, then relationships, in pages of `size`. */
export async function* testPages(size = 2, nodes = TEST_NODES, relationships = TEST_RELATIONSHIPS): AsyncGenerator<GraphPage> {
  for (let start = 0; start < nodes.length; start += size) yield { kind: 'nodes', nodes: nodes.slice(start, start + size) };
  for (let start = 0; start < relationships.length; start += size) yield { kind: 'relationships', relationships: relationships.slice(start, start + size) };
}

export async function collectChunks(chunks: AsyncIterable<ExportChunk>): Promise<ExportChunk[]> {
  const collected: ExportChunk[] = [];
  for await (const chunk of chunks) collected.push(chunk);
  return collected;
}

/** A text writer's whole output. */
export async function writeText(writer: GraphWriter, pages: AsyncIterable<GraphPage> = testPages(), metadata = TEST_METADATA): Promise<string> {
  return (await collectChunks(writer(pages, metadata))).join('');
}
