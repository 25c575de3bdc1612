// Subgraph answers put together from kept element JSON are byte for byte what JSON.stringify writes, on
// every zone, municipality and neighbourhood of the demo, with the element budget spent or not.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subgraph } from '../domain/graph';
import { readDataset } from '../import/read-dataset';
import { applyImport } from './apply-import';
import { datasetToGraph } from './dataset-to-graph';
import { createGraph, nodesOfLabel, type KnooppuntGraph } from './knooppunt-graph';
import { numberedGraph } from './numbered-graph';
import { municipalityGraph } from './queries/municipality-graph';
import { neighbourhood } from './queries/neighbourhood';
import { zoneGraph } from './queries/zone-graph';
import { ranksOf } from './ranked-subgraph';
import { jsonBytesOf, SubgraphJson, withJsonBytes } from './subgraph-json';

const demo = fileURLToPath(new URL('../../../fixtures/demo', import.meta.url));
let graph: KnooppuntGraph;
let answers: Subgraph[];

/**
 * Every zone's and municipality's graph and neighbourhoods, asked afresh: an answer made from ranks is
 * encoded from them only until its lists are read (ranked-subgraph.ts), so each test encodes new ones first.
 */
function askAll(): Subgraph[] {
  const zones = nodesOfLabel(graph, 'Zone');
  const municipalities = nodesOfLabel(graph, 'Municipality');
  return [
    ...zones.map((zone) => zoneGraph(graph, zone)!),
    ...municipalities.map((municipality) => municipalityGraph(graph, municipality)!),
    // Small limits cut neighbourhoods short, so `truncated` is written too.
    ...municipalities.slice(0, 20).flatMap((municipality) => [neighbourhood(graph, municipality, 2, 500)!, neighbourhood(graph, municipality, 2, 5)!]),
  ];
}

beforeAll(async () => {
  graph = applyImport(createGraph(), datasetToGraph(await readDataset(demo)), true);
  answers = askAll();
});

describe('SubgraphJson', () => {
  it('reads real answers, truncated ones among them', () => {
    expect(answers.length).toBeGreaterThan(300);
    expect(answers.filter((answer) => answer.truncated === true).length).toBeGreaterThan(5);
    expect(answers.reduce((sum, answer) => sum + answer.relationships.length, 0)).toBeGreaterThan(10_000);
  });

  it('writes exactly the bytes of JSON.stringify, encoding each element once and copying it after', () => {
    const numbered = numberedGraph(graph);
    const encoder = new SubgraphJson(numbered);
    const fresh = askAll();
    expect(fresh.filter((answer) => ranksOf(answer, numbered) !== undefined).length).toBe(fresh.length);
    for (const answer of fresh) expect(encoder.encode(answer).toString('utf8')).toBe(JSON.stringify(answer));
    const kept = encoder.bytes;
    expect(kept).toBeGreaterThan(100_000);
    // A second pass finds every element kept: nothing more is encoded, and the bytes are still the same.
    for (const answer of askAll()) expect(encoder.encode(answer).equals(Buffer.from(JSON.stringify(answer)))).toBe(true);
    expect(encoder.bytes).toBe(kept);
  });

  it('keeps no more element JSON than its budget, and writes the same bytes beyond it', () => {
    const encoder = new SubgraphJson(numberedGraph(graph), 20_000);
    for (const answer of askAll()) expect(encoder.encode(answer).toString('utf8')).toBe(JSON.stringify(answer));
    expect(encoder.bytes).toBeGreaterThan(15_000);
    expect(encoder.bytes).toBeLessThanOrEqual(20_000);
  });

  it('writes the same bytes for copies that lost their ranks and for elements of no graph it knows', () => {
    const encoder = new SubgraphJson(numberedGraph(graph));
    for (const answer of answers.slice(0, 40)) expect(encoder.encode(answer).toString('utf8')).toBe(JSON.stringify(answer));
    for (const answer of answers.slice(0, 40)) {
      const copy = structuredClone(answer);
      expect(encoder.encode(copy).toString('utf8')).toBe(JSON.stringify(answer));
    }
    const stranger = { ...answers[0]!.nodes[0]!, id: 'no:such-node' };
    const mixed = { nodes: [stranger, ...answers[0]!.nodes.slice(1)], relationships: answers[0]!.relationships } as Subgraph;
    expect(encoder.encode(mixed).toString('utf8')).toBe(JSON.stringify(mixed));
  });

  it('writes empty lists and members other than the element lists as JSON.stringify does', () => {
    const encoder = new SubgraphJson(numberedGraph(graph));
    for (const subgraph of [{ nodes: [], relationships: [] }, { nodes: [], relationships: [], truncated: true }, { nodes: [], relationships: [], truncated: undefined }] as Subgraph[]) {
      expect(encoder.encode(subgraph).toString('utf8')).toBe(JSON.stringify(subgraph));
    }
  });
});

describe('withJsonBytes', () => {
  it('gives the bytes to jsonBytesOf and hides them from JSON.stringify, equality and spreading', () => {
    const answer = answers[0]!;
    const plain = structuredClone(answer);
    const encoded = withJsonBytes({ ...answer }, () => Buffer.from('marker'));
    expect(jsonBytesOf(encoded)?.toString()).toBe('marker');
    expect(JSON.stringify(encoded)).toBe(JSON.stringify(plain));
    expect(encoded).toStrictEqual(plain);
    expect(jsonBytesOf({ ...encoded })).toBeUndefined();
    expect(jsonBytesOf(plain)).toBeUndefined();
    expect(jsonBytesOf(null)).toBeUndefined();
  });
});
