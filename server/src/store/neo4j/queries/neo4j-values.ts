// The values Neo4j hands back, as zod schemas the query rows are declared with: integers checked to fit a
// JavaScript number, property maps, and the node and relationship maps the queries build (never the driver's
// Node objects; neo4j-records.ts turns them into domain values). No query returns temporal values: times are
// stored as ISO text (importedAt, createdAt).
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { NodeRecord, RelationshipRecord } from '../neo4j-records';

/** How a value is named in an error: its text for plain values, its kind for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (no such column)';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (neo4j.isInt(value)) return `Neo4j Integer ${String(value)}`;
  return Array.isArray(value) ? 'a list' : `a ${value.constructor?.name ?? 'value'}`;
}

/**
 * A whole number a JavaScript number holds exactly. The driver is told to give plain numbers
 * (disableLosslessIntegers), which rounds anything past 2^53; such a number is refused here rather than
 * used rounded. Integer objects and bigints (a driver set up otherwise) are taken within the same range.
 */
export function safeInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'bigint') return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : undefined;
  return undefined;
}

export const integer = z.unknown().transform((value, context): number => {
  const number = safeInteger(value);
  if (number !== undefined) return number;
  context.addIssue({ code: 'custom', message: `expected an integer within ±(2^53 − 1), got ${describeValue(value)}`, input: value });
  return z.NEVER;
});

export const texts = z.array(z.string());

function isPropertyMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A map whose values are left to the domain conversion (neo4j-records.ts): checked to be a map, not copied,
 * since graph pages and exports carry tens of thousands of them.
 */
export const propertyMap = z.custom<Record<string, unknown>>(isPropertyMap, { error: (issue) => `expected a map, got ${describeValue(issue.input)}` });

/** The fields of `{id, labels, properties}`, as the queries build a node (export/nodes returns them as columns). */
export const nodeFields = { id: z.string(), labels: texts, properties: propertyMap };
/** The fields of `{id, type, from, to, properties}`, as the queries build a relationship. */
export const relationshipFields = { id: z.string(), type: z.string(), from: z.string(), to: z.string(), properties: propertyMap };
/** Keys a map holds besides these are left out unchecked: only what is declared is read. */
export const nodeMap: z.ZodType<NodeRecord> = z.object(nodeFields);
export const relationshipMap: z.ZodType<RelationshipRecord> = z.object(relationshipFields);
