// Conversion at the adapter's edge: Neo4j maps in, domain values out (and back for writing).
// Nothing outside store/neo4j/ sees a Neo4j Integer, a label list or the internal properties.
import neo4j from 'neo4j-driver';
import type { NodeSummary } from '../../domain/api';
import { nodeName, type GraphNode, type Relationship } from '../../domain/graph';
import type { NodeLabel } from '../../domain/vocabulary';
import { storedNodeProperties, storedRelationshipProperties, type StoredValue } from '../../neo4j-model/stored-properties';

/** The label every Knooppunt node carries besides its own, so any node can be found by id. */
export const NODE_LABEL = 'KnooppuntNode';
/** Stored on nodes for the queries' sake (generation: cypher/generations/README.md); not part of the domain properties. */
const INTERNAL_PROPERTIES = new Set(['id', 'searchName', 'generation']);

export interface NodeRecord {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** Neo4j gives integers as Integer objects unless told otherwise; the driver is told (disableLosslessIntegers). */
function plainValue(value: unknown): unknown {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : value;
}

function domainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(properties).sort()) {
    if (!INTERNAL_PROPERTIES.has(key)) result[key] = plainValue(properties[key]);
  }
  return result;
}

export function domainLabel(labels: readonly string[]): NodeLabel {
  return labels.find((label) => label !== NODE_LABEL) as NodeLabel;
}

export function toGraphNode(record: NodeRecord): GraphNode {
  return { id: record.id, label: domainLabel(record.labels), properties: domainProperties(record.properties) } as unknown as GraphNode;
}

export function toNodeSummary(record: NodeRecord): NodeSummary {
  const node = toGraphNode(record);
  return { id: node.id, label: node.label, name: nodeName(node) };
}

export function toRelationship(record: RelationshipRecord): Relationship {
  const { id: _id, ...properties } = record.properties;
  return { id: record.id, type: record.type, from: record.from, to: record.to, properties: domainProperties(properties) } as unknown as Relationship;
}

/** Whole numbers go to Neo4j as integers (so Neo4j Browser shows 2024, not 2024.0); the rest as they are. */
function neo4jValues(properties: Record<string, StoredValue>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) values[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  return values;
}

/** A node as an import batch sends it: its stored properties (id included), nothing twice. */
export function nodeWriteRow(node: GraphNode): Record<string, unknown> {
  return neo4jValues(storedNodeProperties(node));
}

/** A relationship as an import batch sends it: its ends and its stored properties (id included). */
export function relationshipWriteRow(relationship: Relationship): { from: string; to: string; properties: Record<string, unknown> } {
  return { from: relationship.from, to: relationship.to, properties: neo4jValues(storedRelationshipProperties(relationship)) };
}
