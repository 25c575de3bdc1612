// The whole graph at Flanders zoom (GET /api/overview) as zod schemas; overview.ts names the types.
import { z } from 'zod';
import { NODE_LABELS } from './vocabulary';

const count = z.int().nonnegative();

export const overviewZoneSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  municipalities: z.array(z.string()).describe('municipality ids, sorted'),
  actors: count.describe('networks, organisations and offers whose home municipality lies in the zone'),
});
export type OverviewZone = z.infer<typeof overviewZoneSchema>;

export const overviewMunicipalitySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  province: z.string().optional(),
  zones: z.array(z.string()).describe('zone ids, sorted; a municipality may lie in several (Antwerpen in four) or none'),
  actors: z.partialRecord(z.enum(NODE_LABELS), count).describe('networks, organisations and offers whose home is this municipality'),
});
export type OverviewMunicipality = z.infer<typeof overviewMunicipalitySchema>;

export const overviewLinkSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  weight: count.describe("how many relationships join the two municipalities' actors (IN_ZONE and ADJACENT_TO left out)"),
});
export type OverviewLink = z.infer<typeof overviewLinkSchema>;

export const overviewSchema = z
  .strictObject({
    zones: z.array(overviewZoneSchema),
    municipalities: z.array(overviewMunicipalitySchema),
    links: z.array(overviewLinkSchema).describe('sorted by from, then to, with from < to'),
    nodes: count.describe("the whole graph's size"),
    relationships: count,
    unplaced: count.describe('nodes without a home municipality, so in no aggregate'),
  })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof overviewSchema>;
