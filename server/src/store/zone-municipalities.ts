// The municipalities of a zone, asked of any store through its zone graph.
import type { GraphStore } from './graph-store';

/** Undefined when the zone does not exist. */
export async function zoneMunicipalities(store: GraphStore, zone: string): Promise<Set<string> | undefined> {
  const graph = await store.zoneGraph(zone);
  if (graph === undefined) return undefined;
  return new Set(graph.relationships.filter((r) => r.type === 'IN_ZONE' && r.to === zone).map((r) => r.from));
}
