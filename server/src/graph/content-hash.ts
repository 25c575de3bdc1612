// A content hash of the whole graph, independent of insertion order and of the store that holds it.
import { createHash } from 'node:crypto';
import type { GraphNode, Relationship } from '../domain/graph';
import { compareIds } from './knooppunt-graph';

/** Properties are flat scalars in this model, so sorting their keys is all it takes to be canonical. */
function sortedEntries(properties: object): [string, unknown][] {
  return Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => compareIds(a, b));
}

export function contentHash(nodes: readonly GraphNode[], relationships: readonly Relationship[]): string {
  const hash = createHash('sha256');
  for (const node of [...nodes].sort((a, b) => compareIds(a.id, b.id))) {
    hash.update(`${JSON.stringify([node.id, node.label, sortedEntries(node.properties)])}\n`);
  }
  for (const relationship of [...relationships].sort((a, b) => compareIds(a.id, b.id))) {
    const { id, type, from, to, properties } = relationship;
    hash.update(`${JSON.stringify([id, type, from, to, sortedEntries(properties)])}\n`);
  }
  return `sha256:${hash.digest('hex')}`;
}
