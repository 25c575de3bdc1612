// The adjacency lists answer what graphology's edge walks answer, and follow every change of the graph.
import { describe, expect, it } from 'vitest';
import { adjacentEdges } from './adjacency';
import { createGraph, linked, putRelationship } from './knooppunt-graph';

function smallGraph() {
  const graph = createGraph();
  for (const id of ['nis:1', 'nis:2', 'zone:a', 'zone:b', 'offer:x']) graph.addNode(id, { label: 'Municipality', properties: { name: id } } as never);
  graph.addDirectedEdgeWithKey('r1', 'nis:1', 'zone:a', { type: 'IN_ZONE', properties: {} });
  graph.addDirectedEdgeWithKey('r2', 'nis:2', 'zone:a', { type: 'IN_ZONE', properties: {} });
  graph.addDirectedEdgeWithKey('r3', 'offer:x', 'nis:1', { type: 'LOCATED_IN', properties: {} });
  return graph;
}

describe('adjacentEdges', () => {
  it('lists a node’s relationships by direction and type', () => {
    const graph = smallGraph();
    expect(linked(graph, 'zone:a', 'IN_ZONE', 'in')).toEqual(['nis:1', 'nis:2']);
    expect(linked(graph, 'nis:1', 'IN_ZONE', 'out')).toEqual(['zone:a']);
    expect(linked(graph, 'nis:1', 'LOCATED_IN', 'in')).toEqual(['offer:x']);
    expect(linked(graph, 'nis:1', 'LOCATED_IN', 'out')).toEqual([]);
    expect(adjacentEdges(graph, 'nis:1', 'out').map((edge) => edge.id)).toEqual(['r1']);
    expect(adjacentEdges(graph, 'nis:1', 'in').map((edge) => [edge.id, edge.other, edge.attributes.type])).toEqual([['r3', 'offer:x', 'LOCATED_IN']]);
    expect(adjacentEdges(graph, 'zone:b', 'in')).toEqual([]);
  });

  it('follows added and dropped relationships, changed types and dropped nodes', () => {
    const graph = smallGraph();
    expect(linked(graph, 'zone:b', 'IN_ZONE', 'in')).toEqual([]);
    graph.addDirectedEdgeWithKey('r4', 'nis:1', 'zone:b', { type: 'IN_ZONE', properties: {} });
    expect(linked(graph, 'zone:b', 'IN_ZONE', 'in')).toEqual(['nis:1']);
    graph.dropEdge('r4');
    expect(linked(graph, 'zone:b', 'IN_ZONE', 'in')).toEqual([]);
    putRelationship(graph, { id: 'r2', type: 'COVERS', from: 'nis:2', to: 'zone:a', properties: {} } as never);
    expect(linked(graph, 'zone:a', 'IN_ZONE', 'in')).toEqual(['nis:1']);
    expect(linked(graph, 'zone:a', 'COVERS', 'in')).toEqual(['nis:2']);
    graph.dropNode('offer:x');
    expect(linked(graph, 'nis:1', 'LOCATED_IN', 'in')).toEqual([]);
    graph.clear();
    expect(adjacentEdges(graph, 'nis:1', 'out')).toEqual([]);
  });
});
