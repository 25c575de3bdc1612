// Stable node and relationship ids. Files carry bare ids; the store adds the prefix of docs/graph-model.md.
import type { NodeLabel, RelationshipType } from './vocabulary';

export const ID_PREFIX = {
  Municipality: 'nis',
  Zone: 'zone',
  Network: 'net',
  Organisation: 'org',
  Offer: 'offer',
} as const satisfies Record<NodeLabel, string>;

const LABEL_BY_PREFIX = new Map<string, NodeLabel>(
  Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as NodeLabel]),
);

export const municipalityId = (nis: string): string => `nis:${nis}`;
export const zoneId = (slug: string): string => `zone:${slug}`;
export const networkId = (slug: string): string => `net:${slug}`;
export const organisationId = (slug: string): string => `org:${slug}`;
export const offerId = (slug: string): string => `offer:${slug}`;

/** The label an id's prefix names, or undefined for an id of no known kind. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  return LABEL_BY_PREFIX.get(id.slice(0, colon));
}

/** The part after the prefix: `nis:11002` → `11002`. */
export function bareId(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(colon + 1);
}

/**
 * A relationship's id is derived from its type and ends, so an upsert of the same row finds it again.
 * ADJACENT_TO is stored once per pair, in id order, whichever way round the file wrote it.
 * FUNDS rows are kept per year and kind (rows repeating both add up), so those two join the id.
 */
export function relationshipId(type: RelationshipType, from: string, to: string, discriminator?: string): string {
  const base = `${type}:${from}->${to}`;
  return discriminator === undefined ? base : `${base}#${discriminator}`;
}

export function canonicalPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

export function fundingDiscriminator(year: number, kind: string | undefined): string {
  return `${year}:${kind ?? ''}`;
}

/** Slugs as the import format writes ids: letters, digits, dot, underscore and dash. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const NIS_PATTERN = /^\d{5}$/;
