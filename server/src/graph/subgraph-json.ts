// A subgraph answer as JSON bytes, put together from each node's and relationship's JSON, kept per graph.
// Serialising a Flanders zone's graph (about 600 KB) was most of the cost of an answer the cache does not
// hold: JSON.stringify and UTF-8 encoding of every element again, for every zone and neighbourhood that
// shares it. Within one graph (the embedded store replaces its graph on every import) an element's JSON
// never changes, so it is encoded once and copied after that. The bytes are exactly JSON.stringify's.
import type { Subgraph } from '../domain/graph';

/** The element JSON kept per graph; beyond it elements are encoded each time (a ten-fold graph's is ~350 MB). */
export const DEFAULT_ELEMENT_JSON_BYTES = 64 * 1024 * 1024;

const COMMA = 0x2c;

/** Encodes subgraphs of one graph; its element ids must stand for the same node or relationship throughout. */
export class SubgraphJson {
  private readonly nodes = new Map<string, Buffer>();
  private readonly relationships = new Map<string, Buffer>();
  private keptBytes = 0;
  private readonly budgetBytes: number;

  constructor(budgetBytes: number = DEFAULT_ELEMENT_JSON_BYTES) {
    this.budgetBytes = budgetBytes;
  }

  /** Bytes of element JSON kept. */
  get bytes(): number {
    return this.keptBytes;
  }

  /** The bytes of JSON.stringify(subgraph), with nodes and relationships in their order there. */
  encode(subgraph: Subgraph): Buffer {
    const nodes = subgraph.nodes.map((node) => this.elementJson(this.nodes, node.id, node));
    const relationships = subgraph.relationships.map((relationship) => this.elementJson(this.relationships, relationship.id, relationship));
    // The other members in their own order, as JSON.stringify writes them (undefined ones left out).
    const parts: (Buffer | Buffer[])[] = [];
    let first = true;
    for (const [key, value] of Object.entries(subgraph)) {
      if (value === undefined) continue;
      parts.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`));
      first = false;
      parts.push(key === 'nodes' ? nodes : key === 'relationships' ? relationships : Buffer.from(JSON.stringify(value)));
    }
    parts.push(Buffer.from(first ? '{}' : '}'));
    return joinParts(parts);
  }

  private elementJson(kept: Map<string, Buffer>, id: string, element: object): Buffer {
    const known = kept.get(id);
    if (known !== undefined) return known;
    const json = Buffer.from(JSON.stringify(element));
    if (this.keptBytes + json.byteLength <= this.budgetBytes) {
      kept.set(id, json);
      this.keptBytes += json.byteLength;
    }
    return json;
  }
}

/** One buffer of the parts; a list of elements is written as a JSON array, comma-separated. */
function joinParts(parts: readonly (Buffer | Buffer[])[]): Buffer {
  let length = 0;
  for (const part of parts) {
    if (Buffer.isBuffer(part)) length += part.byteLength;
    else length += 2 + Math.max(0, part.length - 1) + part.reduce((sum, element) => sum + element.byteLength, 0);
  }
  const out = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const part of parts) {
    if (Buffer.isBuffer(part)) {
      offset += part.copy(out, offset);
      continue;
    }
    out[offset++] = 0x5b; // [
    part.forEach((element, index) => {
      if (index > 0) out[offset++] = COMMA;
      offset += element.copy(out, offset);
    });
    out[offset++] = 0x5d; // ]
  }
  return out;
}

const JSON_BYTES = Symbol('knooppunt.jsonBytes');

/**
 * Gives `value` a way to its JSON bytes that JSON.stringify, equality checks and spreading do not see (a
 * non-enumerable symbol property), so an HTTP answer can use it and every other caller has the plain value.
 */
export function withJsonBytes<T extends object>(value: T, encode: () => Buffer): T {
  Object.defineProperty(value, JSON_BYTES, { value: encode, enumerable: false });
  return value;
}

/** The bytes of JSON.stringify(value), when withJsonBytes gave it a faster way to them. */
export function jsonBytesOf(value: unknown): Buffer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const encode = (value as { [JSON_BYTES]?: () => Buffer })[JSON_BYTES];
  return encode?.();
}
