// A node with everything it touches, for the side panel.
import type { NodeDetail, NodeRelationship, NodeSummary } from '../../domain/api';
import { nodeName } from '../../domain/graph';
import { compareIds, toGraphNode, toRelationship, type KnooppuntGraph } from '../knooppunt-graph';
import { nodeZones } from './node-zones';

export function nodeSummary(graph: KnooppuntGraph, id: string): NodeSummary {
  const node = toGraphNode(id, graph.getNodeAttributes(id));
  return { id, label: node.label, name: nodeName(node) };
}

export function nodeDetail(graph: KnooppuntGraph, id: string): NodeDetail | undefined {
  if (!graph.hasNode(id)) return undefined;
  const relationships: NodeRelationship[] = [];
  graph.forEachOutEdge(id, (edge, _attributes, _source, target) => {
    relationships.push({ relationship: toRelationship(graph, edge), direction: 'out', other: nodeSummary(graph, target) });
  });
  graph.forEachInEdge(id, (edge, _attributes, source) => {
    relationships.push({ relationship: toRelationship(graph, edge), direction: 'in', other: nodeSummary(graph, source) });
  });
  relationships.sort((a, b) => compareIds(a.relationship.id, b.relationship.id));
  return {
    node: toGraphNode(id, graph.getNodeAttributes(id)),
    zones: nodeZones(graph, id).map((zone) => nodeSummary(graph, zone)),
    relationships,
  };
}
