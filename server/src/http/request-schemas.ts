// What the routes take: each route's query parameters and request body as zod schemas, with their limits
// as named constants. The routes parse requests with these (params.ts turns a refusal into the 400 problem
// that names the parameter or field), and the OpenAPI document describes the same schemas (openapi.ts).
import { z } from 'zod';
import { EXPORT_FORMATS } from '../domain/export-format';
import { zoneId } from '../domain/ids';
import { DEFAULT_DIFF_LIMIT, NOW, SNAPSHOT_NAME_MAX_LENGTH } from '../domain/snapshot';
import { DEFAULT_NEIGHBOURHOOD_LIMIT, MAX_NEIGHBOURHOOD_DEPTH } from '../graph/queries/neighbourhood';

/** The most nodes one neighbourhood answer holds; beyond it the answer says `truncated`. */
export const MAX_NEIGHBOURHOOD_LIMIT = 5_000;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_SEARCH_TEXT_LENGTH = 200;
/** The most entries per list of a snapshot diff one may ask for. */
export const MAX_DIFF_LIMIT = 100_000;

/** The query parameters of one route, by name; each schema reads the parameter's text (absent: undefined). */
export type QueryShape = Record<string, z.ZodType<unknown, string | undefined>>;
const query = <S extends QueryShape>(shape: S) => z.object(shape);

/** An optional whole number from `min` to `max`, `fallback` when absent. */
export function wholeNumber(min: number, max: number, fallback: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z.coerce
    .number<string>({ error: expected })
    .int(expected)
    .min(min, `expected at least ${min}`)
    .max(max, `expected at most ${max}`)
    .default(fallback);
}

/** A zone as users type it, `zone:amalo` or `amalo`, read as its id; absent or empty: none. */
const zoneParameter = (description: string) =>
  z
    .string()
    .optional()
    .transform((raw) => (raw === undefined || raw === '' ? undefined : raw.startsWith('zone:') ? raw : zoneId(raw)))
    .describe(description);

export const neighbourhoodQuery = query({
  depth: wholeNumber(1, MAX_NEIGHBOURHOOD_DEPTH, 1),
  limit: wholeNumber(1, MAX_NEIGHBOURHOOD_LIMIT, DEFAULT_NEIGHBOURHOOD_LIMIT).describe('the most nodes; a bigger neighbourhood is cut and marked truncated'),
});

export const searchQuery = query({
  q: z.string({ error: 'is required' }).max(MAX_SEARCH_TEXT_LENGTH, `is longer than ${MAX_SEARCH_TEXT_LENGTH} characters`),
  limit: wholeNumber(1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT),
});

export const coverageQuery = query({
  zone: zoneParameter('a zone id (zone:<slug> or the slug); absent: every municipality'),
});

export const exportQuery = query({
  format: z
    .enum(EXPORT_FORMATS, { error: `expected one of ${EXPORT_FORMATS.join(', ')}` })
    .describe('csv is a zip of nodes.csv, relationships.csv and metadata.json; cypher a script for an empty Neo4j'),
  zone: zoneParameter("a zone id (zone:<slug> or the slug): that zone's graph as the explorer shows it; absent: the whole graph"),
});

export const importQuery = query({
  replace: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('false')
    .transform((value) => value === 'true')
    .describe('drop what the dataset does not contain'),
});

export const snapshotDiffQuery = query({
  from: z.string({ error: 'required (a snapshot id, or now)' }).min(1, 'required (a snapshot id, or now)').describe('a snapshot id (or now)'),
  // An empty `to` means now, as an absent one does.
  to: z.string().default(NOW).transform((id) => id || NOW).describe('a snapshot id, or now'),
  limit: wholeNumber(1, MAX_DIFF_LIMIT, DEFAULT_DIFF_LIMIT).describe('the most entries per list; counts are always whole'),
});

/** POST /api/snapshots: the name is trimmed and checked further by snapshotName (domain/snapshot.ts). */
export const snapshotRequestSchema = z.strictObject(
  {
    name: z
      .string({ error: 'expected a string' })
      .min(1, 'must not be empty')
      .max(SNAPSHOT_NAME_MAX_LENGTH, `must be at most ${SNAPSHOT_NAME_MAX_LENGTH} characters`)
      .describe('trimmed; not empty, no line breaks'),
  },
  { error: 'expected an object {"name": "…"}' },
);
