// The graph's relationships grouped by type, its nodes by label, and facts derived from them, read once and kept
// until the graph changes. graphology walks its global edge list about ten times faster than it walks node by
// node, and the catalogue must run in ≤ 100 ms at Flanders scale, so the rules read their relationships here
// and share what several of them derive (zones per municipality, the offer table, funding).
import type { NodeLabel, RelationshipType } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { perGraph } from '../../graph/per-graph';

/** Relationships of one type as parallel arrays: cheap to build and to walk for 150,000 relationships. */
interface RelationshipsOfType {
  sources: string[];
  targets: string[];
  properties: unknown[];
}

interface GraphIndex {
  relationships: Map<RelationshipType, RelationshipsOfType>;
  nodes: Map<NodeLabel, string[]>;
  derived: Map<string, unknown>;
}

/** Any change to the graph through graphology's API drops the index; the next read rebuilds it. */
const indexOf = perGraph((graph): GraphIndex => {
  const index: GraphIndex = { relationships: new Map(), nodes: new Map(), derived: new Map() };
  graph.forEachEdge((_edge, attributes, source, target) => {
    let ofType = index.relationships.get(attributes.type);
    if (ofType === undefined) index.relationships.set(attributes.type, (ofType = { sources: [], targets: [], properties: [] }));
    ofType.sources.push(source);
    ofType.targets.push(target);
    ofType.properties.push(attributes.properties);
  });
  graph.forEachNode((node, attributes) => {
    const ofLabel = index.nodes.get(attributes.label);
    if (ofLabel === undefined) index.nodes.set(attributes.label, [node]);
    else ofLabel.push(node);
  });
  return index;
});

/** Calls `visit` for every relationship of one type (ADJACENT_TO once per pair, as stored). */
export function forEachRelationship<P = Record<string, never>>(
  graph: KnooppuntGraph,
  type: RelationshipType,
  visit: (source: string, target: string, properties: P) => void,
): void {
  const ofType = indexOf(graph).relationships.get(type);
  if (ofType === undefined) return;
  const { sources, targets, properties } = ofType;
  for (let i = 0; i < sources.length; i++) visit(sources[i]!, targets[i]!, properties[i] as P);
}

/** The ids of the nodes with one label, in insertion order; do not modify. */
export function nodesLabelled(graph: KnooppuntGraph, label: NodeLabel): readonly string[] {
  return indexOf(graph).nodes.get(label) ?? [];
}

/**
 * A fact derived from the graph, computed on first use and shared by every rule until the graph changes.
 * `key` names the fact and every parameter it depends on; callers must treat the value as read-only.
 */
export function derived<T>(graph: KnooppuntGraph, key: string, compute: () => T): T {
  const facts = indexOf(graph).derived;
  if (facts.has(key)) return facts.get(key) as T;
  const value = compute();
  // compute() may itself read the index; store into the index that is current now.
  indexOf(graph).derived.set(key, value);
  return value;
}
