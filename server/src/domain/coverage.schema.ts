// Coverage per municipality (GET /api/coverage) as zod schemas; coverage.ts names the types.
import { z } from 'zod';
import { nodeSummarySchema, nodeSummaryWith } from './api.schema';
import { FUNCTIONS, NETWORK_TYPES } from './vocabulary';

/**
 * `local`: an offer of the function is located in or serves the municipality; `neighbour`: only in or
 * for an adjacent municipality (still reachable in the sense of GAP_FUNCTION_UNREACHABLE); `none`: neither.
 */
export const REACHES = ['local', 'neighbour', 'none'] as const;
export const reachSchema = z.enum(REACHES);
export type Reach = z.infer<typeof reachSchema>;

export const municipalityCoverageSchema = z
  .strictObject({
    municipality: nodeSummaryWith({ nis: z.string() }),
    zones: z.array(z.string()).describe('zone ids, sorted'),
    networks: z
      .record(z.enum(NETWORK_TYPES), z.array(nodeSummarySchema))
      .describe('for every network type, the networks of that type covering the municipality (sorted by id; empty when none)'),
    reach: z.record(z.enum(FUNCTIONS), reachSchema),
    childcare: z.strictObject({
      places: z.number().describe('capacity of kinderopvang_baby_peuter offers located in the municipality (no capacity counts as 0)'),
      children0to3: z.number().optional(),
      per100: z.number().optional().describe('places × 100 ÷ children, rounded to 1 decimal; absent where the number of children is unknown or 0'),
    }),
  })
  .meta({ id: 'MunicipalityCoverage' });
export type MunicipalityCoverage = z.infer<typeof municipalityCoverageSchema>;

export const coverageResponseSchema = z
  .strictObject({
    zone: nodeSummarySchema.optional().describe('the zone asked for, if any'),
    municipalities: z.array(municipalityCoverageSchema).describe('one row per municipality (of the zone), sorted by name as a Dutch reader sorts, then id'),
  })
  .meta({ id: 'Coverage' });
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;
