// Data-driven node size: by how connected a node is, how much it brokers (betweenness), or how many findings it is the subject of.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { SizeMeasure } from '../../../lib/explorer-state';

export const MIN_SIZE = 12;
export const MAX_SIZE = 60;

/** Relationships of the given types left out (the relationship filter); nodes stay. */
export function withoutRelationshipTypes(subgraph: Subgraph, hidden: ReadonlySet<string>): Subgraph {
  if (hidden.size === 0) return subgraph;
  return { ...subgraph, relationships: subgraph.relationships.filter((rel) => !hidden.has(rel.type)) };
}

/** Relationships per node in the subgraph (a node with none is absent). */
export function degrees(subgraph: Subgraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rel of subgraph.relationships) {
    counts.set(rel.from, (counts.get(rel.from) ?? 0) + 1);
    counts.set(rel.to, (counts.get(rel.to) ?? 0) + 1);
  }
  return counts;
}

/**
 * A size per node (`kind`: none, the stylesheet's size per label), by area: the square root of the measure, scaled so the largest in view gets MAX_SIZE
 * and a node with nothing MIN_SIZE. Undefined for `kind`, where the stylesheet decides.
 */
export function nodeSizes(
  subgraph: Subgraph,
  measure: SizeMeasure,
  findingCounts: ReadonlyMap<string, number>,
  betweenness: ReadonlyMap<string, number> | undefined,
): Map<string, number> | undefined {
  if (measure === 'kind') return undefined;
  // Betweenness comes from the worker; until it has answered, sizes stay as the stylesheet has them.
  if (measure === 'betweenness' && betweenness === undefined) return undefined;
  const values = measure === 'degree' ? degrees(subgraph) : measure === 'betweenness' ? (betweenness ?? new Map<string, number>()) : findingCounts;
  let largest = 0;
  for (const node of subgraph.nodes) largest = Math.max(largest, values.get(node.id) ?? 0);
  const sizes = new Map<string, number>();
  for (const node of subgraph.nodes) {
    const value = values.get(node.id) ?? 0;
    const share = largest === 0 ? 0 : Math.sqrt(value / largest);
    sizes.set(node.id, Math.round((MIN_SIZE + share * (MAX_SIZE - MIN_SIZE)) * 10) / 10);
  }
  return sizes;
}
