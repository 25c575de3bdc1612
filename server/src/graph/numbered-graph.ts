// The graph's nodes and relationships numbered in id order, with each node's relationships as ranges of
// typed arrays (compressed sparse rows, one per direction), built in one pass the first time a subgraph is
// asked for and kept until the graph changes (per-graph.ts).
// Every subgraph answer is sorted by id so that both stores give the same bytes. Sorting a Flanders zone's
// 3,400 elements by their string ids and testing membership in Sets of strings was most of the cost of
// computing its graph; with ranks the same order is a numeric sort of a typed array, membership one byte,
// and following a relationship of one type a scan of small integers.
import type { Subgraph } from '../domain/graph';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary';
import type { EdgeAttributes, KnooppuntGraph, NodeAttributes } from './knooppunt-graph';
import { perGraph } from './per-graph';
import { subgraphOfRanks } from './ranked-subgraph';

/** One direction's relationships: node r's are edges[start[r]] … edges[start[r + 1] - 1], in id order. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

export interface NumberedGraph {
  /** Node ids in code-unit order: a node's rank is its index here. */
  readonly nodeIds: readonly string[];
  readonly nodeAttributes: readonly NodeAttributes[];
  /** Each node's label as its index in NODE_LABELS. */
  readonly nodeLabel: Uint8Array;
  readonly rankOf: ReadonlyMap<string, number>;
  /** Relationship ids in code-unit order, with their ends as node ranks. */
  readonly edgeIds: readonly string[];
  readonly edgeAttributes: readonly EdgeAttributes[];
  /** Each relationship's type as its index in RELATIONSHIP_TYPES. */
  readonly edgeType: Uint8Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly out: Adjacency;
  readonly in: Adjacency;
}

const LABEL_CODES = new Map<string, number>(NODE_LABELS.map((label, code) => [label, code]));
const TYPE_CODES = new Map<string, number>(RELATIONSHIP_TYPES.map((type, code) => [type, code]));
export const labelCode = (label: NodeLabel): number => LABEL_CODES.get(label)!;
export const typeCode = (type: RelationshipType): number => TYPE_CODES.get(type)!;

/** Each node's relationships in one direction: `ends` holds each relationship's node on that side. */
function adjacencyOf(nodeCount: number, ends: Int32Array): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (const node of ends) start[node + 1]! += 1;
  for (let rank = 0; rank < nodeCount; rank += 1) start[rank + 1]! += start[rank]!;
  // Filled in relationship order, so each node's range is in id order.
  const edges = new Int32Array(ends.length);
  const next = start.slice(0, nodeCount);
  for (let edge = 0; edge < ends.length; edge += 1) edges[next[ends[edge]!]!++] = edge;
  return { start, edges };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// One walk over graphology's nodes and one over its relationships, sorted by id (code-unit order, as
// compareIds): looking each relationship up again by id (source, target, attributes) took four times as long.
export const numberedGraph = perGraph((graph: KnooppuntGraph): NumberedGraph => {
  const nodes: { id: string; attributes: NodeAttributes }[] = [];
  graph.forEachNode((id, attributes) => void nodes.push({ id, attributes }));
  nodes.sort(byId);
  const nodeIds = new Array<string>(nodes.length);
  const nodeAttributes = new Array<NodeAttributes>(nodes.length);
  const nodeLabel = new Uint8Array(nodes.length);
  const rankOf = new Map<string, number>();
  nodes.forEach(({ id, attributes }, rank) => {
    nodeIds[rank] = id;
    nodeAttributes[rank] = attributes;
    nodeLabel[rank] = labelCode(attributes.label);
    rankOf.set(id, rank);
  });
  const edges: { id: string; attributes: EdgeAttributes; source: string; target: string }[] = [];
  graph.forEachEdge((id, attributes, source, target) => void edges.push({ id, attributes, source, target }));
  edges.sort(byId);
  const edgeIds = new Array<string>(edges.length);
  const edgeAttributes = new Array<EdgeAttributes>(edges.length);
  const edgeType = new Uint8Array(edges.length);
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  edges.forEach(({ id, attributes, source, target }, rank) => {
    edgeIds[rank] = id;
    edgeAttributes[rank] = attributes;
    edgeType[rank] = typeCode(attributes.type);
    edgeSource[rank] = rankOf.get(source)!;
    edgeTarget[rank] = rankOf.get(target)!;
  });
  return {
    nodeIds,
    nodeAttributes,
    nodeLabel,
    rankOf,
    edgeIds,
    edgeAttributes,
    edgeType,
    edgeSource,
    edgeTarget,
    out: adjacencyOf(nodeIds.length, edgeSource),
    in: adjacencyOf(nodeIds.length, edgeTarget),
  };
});

/**
 * Calls `visit` with the node at the other end of each of `rank`'s relationships of type `type` (a
 * typeCode) in `direction`, in the relationships' id order.
 */
export function forEachLinked(numbered: NumberedGraph, rank: number, type: number, direction: 'out' | 'in', visit: (other: number) => void): void {
  const { start, edges } = numbered[direction];
  const others = direction === 'out' ? numbered.edgeTarget : numbered.edgeSource;
  const { edgeType } = numbered;
  for (let index = start[rank]!; index < start[rank + 1]!; index += 1) {
    const edge = edges[index]!;
    if (edgeType[edge] === type) visit(others[edge]!);
  }
}

/** A set of nodes of one numbered graph, by rank: one byte per node of the graph, the members listed. */
export class RankSet {
  private readonly marks: Uint8Array;
  readonly members: number[] = [];

  constructor(numbered: NumberedGraph) {
    this.marks = new Uint8Array(numbered.nodeIds.length);
  }

  add(rank: number): void {
    if (this.marks[rank] === 1) return;
    this.marks[rank] = 1;
    this.members.push(rank);
  }

  has(rank: number): boolean {
    return this.marks[rank] === 1;
  }
}

/** A subgraph as ranks: its nodes and the relationships between two of them, each in id order. */
export interface RankedSubgraph {
  nodes: Int32Array;
  relationships: Int32Array;
}

/** The ranks of the subgraph induced by a set of nodes. */
export function inducedRanks(numbered: NumberedGraph, members: RankSet): RankedSubgraph {
  const { start, edges } = numbered.out;
  const { edgeTarget } = numbered;
  const relationships: number[] = [];
  for (const rank of members.members) {
    for (let index = start[rank]!; index < start[rank + 1]!; index += 1) {
      const edge = edges[index]!;
      if (members.has(edgeTarget[edge]!)) relationships.push(edge);
    }
  }
  // Typed arrays sort numerically, and rank order is id order.
  return { nodes: Int32Array.from(members.members).sort(), relationships: Int32Array.from(relationships).sort() };
}

/** The subgraph induced by a set of nodes: those nodes and every relationship between two of them, by id. */
export function inducedSubgraphOf(numbered: NumberedGraph, members: RankSet, truncated = false): Subgraph {
  return subgraphOfRanks(numbered, inducedRanks(numbered, members), truncated);
}
