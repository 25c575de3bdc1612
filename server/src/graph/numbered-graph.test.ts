// The numbered graph answers what graphology answers: ranks in id order, each node's relationships by
// direction and type, and induced subgraphs equal to a plain filter over graphology's nodes and edges.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subgraph } from '../domain/graph';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary';
import { readDataset } from '../import/read-dataset';
import { applyImport } from './apply-import';
import { datasetToGraph } from './dataset-to-graph';
import { compareIds, createGraph, inducedSubgraph, linked, toGraphNode, toRelationship, type KnooppuntGraph } from './knooppunt-graph';
import { forEachLinked, numberedGraph, typeCode } from './numbered-graph';
import { ranksOf } from './ranked-subgraph';

const demo = fileURLToPath(new URL('../../../fixtures/demo', import.meta.url));
let graph: KnooppuntGraph;

beforeAll(async () => {
  graph = applyImport(createGraph(), datasetToGraph(await readDataset(demo)), true);
});

/** The induced subgraph the slow, obvious way. */
function plainInduced(of: KnooppuntGraph, ids: Iterable<string>): Subgraph {
  const members = new Set([...ids].filter((id) => of.hasNode(id)));
  return {
    nodes: [...members].sort(compareIds).map((id) => toGraphNode(id, of.getNodeAttributes(id))),
    relationships: of
      .filterEdges((_edge, _attributes, source, target) => members.has(source) && members.has(target))
      .sort(compareIds)
      .map((edge) => toRelationship(of, edge)),
  };
}

/** A reproducible pseudo-random pick of about `share` of the graph's nodes. */
function pick(of: KnooppuntGraph, seed: number, share: number): string[] {
  let state = seed;
  return of.filterNodes(() => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 < share;
  });
}

describe('numberedGraph', () => {
  it('numbers nodes and relationships in code-unit order of their ids', () => {
    const numbered = numberedGraph(graph);
    expect(numbered.nodeIds.length).toBe(graph.order);
    expect(numbered.edgeIds.length).toBe(graph.size);
    expect(numbered.nodeIds).toEqual(graph.nodes().sort(compareIds));
    expect(numbered.edgeIds).toEqual(graph.edges().sort(compareIds));
    for (const [rank, id] of numbered.nodeIds.entries()) expect(numbered.rankOf.get(id)).toBe(rank);
    const some = numbered.edgeIds[7]!;
    const rank = 7;
    expect(numbered.nodeIds[numbered.edgeSource[rank]!]).toBe(graph.source(some));
    expect(numbered.nodeIds[numbered.edgeTarget[rank]!]).toBe(graph.target(some));
  });

  it('lists every node’s neighbours by type and direction as graphology’s edges do', () => {
    const numbered = numberedGraph(graph);
    let compared = 0;
    for (const node of graph.nodes()) {
      for (const type of RELATIONSHIP_TYPES) {
        for (const direction of ['out', 'in'] as const) {
          const found: string[] = [];
          forEachLinked(numbered, numbered.rankOf.get(node)!, typeCode(type), direction, (other) => found.push(numbered.nodeIds[other]!));
          expect(found.sort()).toEqual(linked(graph, node, type, direction).sort());
          compared += found.length;
        }
      }
    }
    // Each relationship seen once from each end.
    expect(compared).toBe(2 * graph.size);
  });

  it('follows changes to the graph', () => {
    const small = createGraph();
    small.addNode('b', { label: 'Zone', properties: {} } as never);
    small.addNode('a', { label: 'Municipality', properties: {} } as never);
    expect(numberedGraph(small).nodeIds).toEqual(['a', 'b']);
    small.addDirectedEdgeWithKey('r', 'a', 'b', { type: 'IN_ZONE', properties: {} });
    small.addNode('0', { label: 'Municipality', properties: {} } as never);
    const numbered = numberedGraph(small);
    expect(numbered.nodeIds).toEqual(['0', 'a', 'b']);
    expect([numbered.edgeSource[0], numbered.edgeTarget[0]]).toEqual([1, 2]);
    expect(inducedSubgraph(small, ['a', 'b']).relationships.map((relationship) => relationship.id)).toEqual(['r']);
  });
});

describe('inducedSubgraph', () => {
  it('equals the plain filter over graphology on many node sets, unknown ids and repeats included', () => {
    let relationships = 0;
    for (let seed = 1; seed <= 30; seed += 1) {
      const ids = pick(graph, seed, seed % 2 === 0 ? 0.05 : 0.4);
      const asked = [...ids, ...ids.slice(0, 3), 'no:such-node'];
      const induced = inducedSubgraph(graph, asked);
      expect(induced).toEqual(plainInduced(graph, asked));
      relationships += induced.relationships.length;
    }
    expect(relationships).toBeGreaterThan(1_000);
  });

  it('keeps its ranks for the encoder until a list is read or replaced', () => {
    const numbered = numberedGraph(graph);
    const induced = inducedSubgraph(graph, pick(graph, 3, 0.2));
    const ranks = ranksOf(induced, numbered)!;
    expect(ranks.nodes.length).toBeGreaterThan(10);
    expect(ranks.relationships.length).toBeGreaterThan(10);
    expect(ranksOf(induced, numberedGraph(createGraph()))).toBeUndefined();
    // Reading a list makes its objects, which a caller may change: the ranks no longer speak for it.
    expect(Array.from(ranks.nodes, (rank) => numbered.nodeIds[rank])).toEqual(induced.nodes.map((node) => node.id));
    expect(ranksOf(induced, numbered)).toBeUndefined();
    expect(Array.from(ranks.relationships, (rank) => numbered.edgeIds[rank])).toEqual(induced.relationships.map((relationship) => relationship.id));

    const replaced = inducedSubgraph(graph, pick(graph, 4, 0.2));
    replaced.relationships = [];
    expect(ranksOf(replaced, numbered)).toBeUndefined();
    expect(replaced.relationships).toEqual([]);
    expect(replaced.nodes.length).toBe(plainInduced(graph, pick(graph, 4, 0.2)).nodes.length);
  });

  it('reads as plain data: serialised, spread, cloned and compared like the plain subgraph', () => {
    const ids = pick(graph, 5, 0.3);
    const plain = plainInduced(graph, ids);
    expect(JSON.stringify(inducedSubgraph(graph, ids))).toBe(JSON.stringify(plain));
    expect({ ...inducedSubgraph(graph, ids) }).toStrictEqual(plain);
    expect(structuredClone(inducedSubgraph(graph, ids))).toStrictEqual(plain);
    expect(Object.keys(inducedSubgraph(graph, ids, true))).toEqual(['nodes', 'relationships', 'truncated']);
    const read = inducedSubgraph(graph, ids);
    expect(read.nodes).toBe(read.nodes);
    read.nodes.push(read.nodes[0]!);
    expect(read.nodes.length).toBe(plain.nodes.length + 1);
  });

  it('says it was truncated only when asked to', () => {
    expect(inducedSubgraph(graph, ['no:such-node'], true)).toEqual({ nodes: [], relationships: [], truncated: true });
    expect(inducedSubgraph(graph, [])).toEqual({ nodes: [], relationships: [] });
  });
});
