// What the map colours (GET /api/map) as zod schemas; map-overview.ts names the types.
import { z } from 'zod';
import { NETWORK_TYPES, RULE_IDS, SEVERITIES } from './vocabulary';

/** Findings counted per rule and severity; absent entries are 0. Kinds follow from the rule (RULE_KIND). */
export const ruleTallySchema = z
  .partialRecord(z.enum(RULE_IDS), z.partialRecord(z.enum(SEVERITIES), z.int().min(1)))
  .meta({ id: 'RuleTally', description: 'findings counted per rule and severity; absent entries are 0' });
export type RuleTally = z.infer<typeof ruleTallySchema>;

export const mapMunicipalitySchema = z
  .strictObject({
    nis: z.string().regex(/^\d{5}$/).describe('the bare NIS code, as the boundaries carry it'),
    name: z.string(),
    zones: z.array(z.string()).describe('zone ids, sorted'),
    networks: z
      .partialRecord(z.enum(NETWORK_TYPES), z.array(z.string()))
      .describe('per network type, the ids of the networks covering the municipality (types without one are left out)'),
    childcarePer100: z.number().optional().describe('childcare places per 100 children aged 0-3, as GET /api/coverage gives it; absent where unknown'),
    findings: ruleTallySchema.describe('the findings with the municipality as subject or related, as GET /api/findings?municipality= lists them'),
  })
  .meta({ id: 'MapMunicipality' });
export type MapMunicipality = z.infer<typeof mapMunicipalitySchema>;

export const mapZoneSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  municipalities: z.array(z.string()).describe('NIS codes of its municipalities, sorted'),
  findings: ruleTallySchema.describe('the findings GET /api/findings?zone= lists'),
});
export type MapZone = z.infer<typeof mapZoneSchema>;

export const mapNetworkSchema = z.strictObject({ id: z.string(), name: z.string(), type: z.enum(NETWORK_TYPES) });
export type MapNetwork = z.infer<typeof mapNetworkSchema>;

/** A BOUNDARY_CONTINUITY finding placed on the border between its two municipalities. */
export const continuityBorderSchema = z.strictObject({
  finding: z.string(),
  networkType: z.enum(NETWORK_TYPES),
  uncovered: z.string().describe("the municipality without coverage (the finding's subject), bare NIS"),
  covered: z.string().describe('the neighbour that has it, bare NIS'),
});
export type ContinuityBorder = z.infer<typeof continuityBorderSchema>;

export const mapOverviewSchema = z
  .strictObject({
    municipalities: z.array(mapMunicipalitySchema),
    zones: z.array(mapZoneSchema),
    networks: z.array(mapNetworkSchema),
    continuity: z.array(continuityBorderSchema),
    findings: ruleTallySchema.describe('every finding of the dataset, as GET /api/findings lists them without filters'),
  })
  .meta({ id: 'MapOverview' });
export type MapOverview = z.infer<typeof mapOverviewSchema>;
