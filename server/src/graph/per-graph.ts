// A value derived from a graph, kept until the graph changes: the graph indexes of the rules and of the
// graph queries are built in one pass and read many times, and every change made through graphology's API
// (the embedded store replaces its graph instead, but tests and imports build graphs step by step) drops them.
import type { KnooppuntGraph } from './knooppunt-graph';

/** Every event by which graphology says a graph's nodes, relationships or their attributes changed. */
const CHANGES = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** `derive` run once per graph and its value kept, until the graph changes; the next call derives it again. */
export function perGraph<T>(derive: (graph: KnooppuntGraph) => T): (graph: KnooppuntGraph) => T {
  const kept = new WeakMap<KnooppuntGraph, T>();
  const watched = new WeakSet<KnooppuntGraph>();
  return (graph) => {
    if (kept.has(graph)) return kept.get(graph) as T;
    if (!watched.has(graph)) {
      watched.add(graph);
      for (const change of CHANGES) graph.on(change, () => kept.delete(graph));
    }
    const value = derive(graph);
    kept.set(graph, value);
    return value;
  };
}
