// Pure operations on the subgraph the explorer shows: merging fetched pieces and hiding labels.
import type { GraphNode, Relationship, Subgraph } from '@knooppunt/server/domain/graph';
import type { NodeLabel } from '@knooppunt/server/domain/vocabulary';

export const EMPTY_SUBGRAPH: Subgraph = { nodes: [], relationships: [] };

/**
 * Merge subgraphs in order, keeping the first copy of each node and relationship, so the base view
 * keeps its order and an expansion only appends what is new.
 */
export function mergeSubgraphs(parts: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, Relationship>();
  let truncated = false;
  for (const part of parts) {
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const rel of part.relationships) if (!relationships.has(rel.id)) relationships.set(rel.id, rel);
    truncated ||= part.truncated === true;
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()], ...(truncated ? { truncated } : {}) };
}

/** The nodes whose label is not hidden, and only the relationships with both ends among them. */
export function visibleSubgraph(subgraph: Subgraph, hiddenLabels: ReadonlySet<NodeLabel>): Subgraph {
  if (hiddenLabels.size === 0) return subgraph;
  const nodes = subgraph.nodes.filter((node) => !hiddenLabels.has(node.label));
  const ids = new Set(nodes.map((node) => node.id));
  const relationships = subgraph.relationships.filter((rel) => ids.has(rel.from) && ids.has(rel.to));
  return { nodes, relationships };
}

/** The labels present in a subgraph with how many nodes each has. */
export function countByLabel(subgraph: Subgraph): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  for (const node of subgraph.nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  return counts;
}
