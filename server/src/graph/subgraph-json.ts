// A subgraph answer as JSON bytes, put together from each node's and relationship's JSON, kept per graph.
// Serialising a Flanders zone's graph (about 600 KB) was most of the cost of an answer the cache does not
// hold: JSON.stringify and UTF-8 encoding of every element again, for every zone and neighbourhood that
// shares it. Within one graph (the embedded store replaces its graph on every import) an element's JSON
// never changes, so it is encoded once and copied after that. The bytes are exactly JSON.stringify's.
import type { Subgraph } from '../domain/graph';
import type { NumberedGraph } from './numbered-graph';
import { nodeAt, ranksOf, relationshipAt } from './ranked-subgraph';

/** The element JSON kept per graph; beyond it elements are encoded each time (a ten-fold graph's is ~350 MB). */
export const DEFAULT_ELEMENT_JSON_BYTES = 64 * 1024 * 1024;
/** Kept JSON is written into slabs of this size, each element followed by a comma. */
const SLAB_BYTES = 1024 * 1024;

const COMMA = 0x2c;

/** Where an encoded answer is written: a buffer of exactly the size asked for. */
export type Allocate = (size: number) => Buffer;

/** Where one kind of element's kept JSON lies, by rank: slab -1 when it is not kept. */
interface KeptPlaces {
  slab: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

const placesFor = (count: number): KeptPlaces => ({ slab: new Int32Array(count).fill(-1), start: new Int32Array(count), end: new Int32Array(count) });

/**
 * Byte ranges to copy into an answer, in order, with a comma between two of them. Ranges that follow
 * each other in one slab are merged, the comma the slab holds between them included: a zone's elements
 * are mostly encoded in id order the first time, so its next answer copies a few hundred ranges instead of
 * thousands of elements.
 */
class Spans {
  readonly buffers: Buffer[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  add(buffer: Buffer, start: number, end: number): void {
    const last = this.buffers.length - 1;
    if (last >= 0 && this.buffers[last] === buffer && this.ends[last]! + 1 === start) {
      this.ends[last] = end;
      return;
    }
    this.buffers.push(buffer);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** An element of its own, encoded now. */
  addJson(element: object): void {
    const json = Buffer.from(JSON.stringify(element));
    this.add(json, 0, json.byteLength);
  }

  /** The bytes of the ranges written as one JSON array. */
  get arrayBytes(): number {
    let length = 2 + Math.max(0, this.buffers.length - 1);
    for (let index = 0; index < this.buffers.length; index += 1) length += this.ends[index]! - this.starts[index]!;
    return length;
  }

  writeArray(out: Buffer, offset: number): number {
    out[offset++] = 0x5b; // [
    for (let index = 0; index < this.buffers.length; index += 1) {
      if (index > 0) out[offset++] = COMMA;
      offset += this.buffers[index]!.copy(out, offset, this.starts[index]!, this.ends[index]!);
    }
    out[offset++] = 0x5d; // ]
    return offset;
  }
}

/** Encodes subgraphs of one numbered graph, whose elements they must be (others are encoded each time). */
export class SubgraphJson {
  private readonly numbered: NumberedGraph;
  private readonly nodes: KeptPlaces;
  private readonly relationships: KeptPlaces;
  private readonly slabs: Buffer[] = [];
  /** Bytes used in the last slab. */
  private slabUsed = SLAB_BYTES;
  private keptBytes = 0;
  private readonly budgetBytes: number;

  constructor(numbered: NumberedGraph, budgetBytes: number = DEFAULT_ELEMENT_JSON_BYTES) {
    this.numbered = numbered;
    this.nodes = placesFor(numbered.nodeIds.length);
    this.relationships = placesFor(numbered.edgeIds.length);
    this.budgetBytes = budgetBytes;
  }

  /** Bytes of element JSON kept. */
  get bytes(): number {
    return this.keptBytes;
  }

  /** The bytes of JSON.stringify(subgraph), with nodes and relationships in their order there, in a buffer from `allocate`. */
  encode(subgraph: Subgraph, allocate: Allocate = Buffer.allocUnsafe): Buffer {
    // Asked before anything reads the lists: a subgraph made from ranks makes its element objects on first read.
    const ranks = ranksOf(subgraph, this.numbered);
    const nodes = ranks
      ? this.spansOfRanks(ranks.nodes, this.nodes, (rank) => nodeAt(this.numbered, rank))
      : this.spansOfElements(subgraph.nodes, this.numbered.rankOf, this.nodes);
    const relationships = ranks
      ? this.spansOfRanks(ranks.relationships, this.relationships, (rank) => relationshipAt(this.numbered, rank))
      : this.spansOfElements(subgraph.relationships, this.edgeRanks(), this.relationships);
    // The other members in their own order, as JSON.stringify writes them (undefined ones left out).
    const parts: (Buffer | Spans)[] = [];
    let first = true;
    for (const key of Object.keys(subgraph)) {
      const value = key === 'nodes' ? nodes : key === 'relationships' ? relationships : (subgraph as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      parts.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`));
      first = false;
      parts.push(value instanceof Spans ? value : Buffer.from(JSON.stringify(value)));
    }
    parts.push(Buffer.from(first ? '{}' : '}'));
    const out = allocate(parts.reduce((sum, part) => sum + (Buffer.isBuffer(part) ? part.byteLength : part.arrayBytes), 0));
    let offset = 0;
    for (const part of parts) offset = Buffer.isBuffer(part) ? offset + part.copy(out, offset) : part.writeArray(out, offset);
    return out;
  }

  private edgeRankMap?: Map<string, number>;

  /** Relationship ranks by id, made the first time a subgraph without its ranks is encoded. */
  private edgeRanks(): ReadonlyMap<string, number> {
    if (this.edgeRankMap === undefined) {
      this.edgeRankMap = new Map();
      this.numbered.edgeIds.forEach((id, rank) => this.edgeRankMap!.set(id, rank));
    }
    return this.edgeRankMap;
  }

  /** The ranges of the elements at `ranks`; `elementAt` makes an element whose JSON is not kept yet. */
  private spansOfRanks(ranks: Int32Array, places: KeptPlaces, elementAt: (rank: number) => object): Spans {
    const spans = new Spans();
    for (let index = 0; index < ranks.length; index += 1) {
      const rank = ranks[index]!;
      if (places.slab[rank]! >= 0 || this.keep(elementAt(rank), rank, places)) this.addKept(spans, rank, places);
      else spans.addJson(elementAt(rank));
    }
    return spans;
  }

  /** The ranges of elements found by id (those of no rank, or beyond the budget, encoded on their own). */
  private spansOfElements(elements: readonly { id: string }[], rankOf: ReadonlyMap<string, number>, places: KeptPlaces): Spans {
    const spans = new Spans();
    for (const element of elements) {
      const rank = rankOf.get(element.id);
      if (rank !== undefined && (places.slab[rank]! >= 0 || this.keep(element, rank, places))) this.addKept(spans, rank, places);
      else spans.addJson(element);
    }
    return spans;
  }

  private addKept(spans: Spans, rank: number, places: KeptPlaces): void {
    spans.add(this.slabs[places.slab[rank]!]!, places.start[rank]!, places.end[rank]!);
  }

  /** Writes the element's JSON and a comma into the last slab (a new one when it is full); false beyond the budget. */
  private keep(element: object, rank: number, places: KeptPlaces): boolean {
    const json = JSON.stringify(element);
    const length = Buffer.byteLength(json);
    if (this.keptBytes + length + 1 > this.budgetBytes) return false;
    if (this.slabUsed + length + 1 > SLAB_BYTES) {
      this.slabs.push(Buffer.allocUnsafe(Math.max(SLAB_BYTES, length + 1)));
      this.slabUsed = 0;
    }
    const slab = this.slabs[this.slabs.length - 1]!;
    slab.write(json, this.slabUsed);
    slab[this.slabUsed + length] = COMMA;
    places.slab[rank] = this.slabs.length - 1;
    places.start[rank] = this.slabUsed;
    places.end[rank] = this.slabUsed + length;
    this.slabUsed += length + 1;
    this.keptBytes += length + 1;
    return true;
  }
}

const JSON_BYTES = Symbol('knooppunt.jsonBytes');

/**
 * Gives `value` a way to its JSON bytes that JSON.stringify, equality checks and spreading do not see (a
 * non-enumerable symbol property), so an HTTP answer can use it and every other caller has the plain value.
 */
export function withJsonBytes<T extends object>(value: T, encode: (allocate?: Allocate) => Buffer): T {
  Object.defineProperty(value, JSON_BYTES, { value: encode, enumerable: false });
  return value;
}

/** The bytes of JSON.stringify(value), when withJsonBytes gave it a faster way to them. */
export function jsonBytesOf(value: unknown, allocate?: Allocate): Buffer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const encode = (value as { [JSON_BYTES]?: (allocate?: Allocate) => Buffer })[JSON_BYTES];
  return encode?.(allocate);
}
