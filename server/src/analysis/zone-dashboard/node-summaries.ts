// Nodes as the dashboard names them: id, label and display name, listed as a Dutch reader sorts.
import type { NodeSummary } from '../../domain/api';
import { compareIds, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { nameOf } from '../graph-facts';

export function summaryOf(graph: KnooppuntGraph, id: string): NodeSummary {
  return { id, label: graph.getNodeAttribute(id, 'label'), name: nameOf(graph, id) };
}

/** By name as a Dutch reader sorts, then by id, as the zone picker and coverage sort. */
export function compareByName(a: NodeSummary, b: NodeSummary): number {
  return a.name.localeCompare(b.name, 'nl') || compareIds(a.id, b.id);
}
