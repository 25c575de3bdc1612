// The zone dashboard (GET /api/zones/{zoneId}/dashboard) as zod schemas; zone-dashboard.ts names the types.
import { z } from 'zod';
import { nodeSummarySchema } from './api.schema';
import { findingSchema } from './findings.schema';
import { NETWORK_TYPES, NODE_LABELS, ROLES, SECTORS } from './vocabulary';

const summary = nodeSummarySchema;
const count = z.int().nonnegative();
const share = z.number().min(0).max(1);
const sector = z.enum(SECTORS);
const role = z.enum(ROLES);

export const zorgraadMemberSchema = z.strictObject({
  member: summary,
  role,
  seat: sector.describe('MEMBER_OF.sector, else the organisation sector, else lokaal_bestuur'),
  sector: sector.describe("the member's own sector (lokaal_bestuur for a municipality)"),
});
export type ZorgraadMember = z.infer<typeof zorgraadMemberSchema>;

export const seatCountSchema = z.strictObject({
  sector,
  count,
  required: z.boolean().describe('one of the sectors the zorgraad must seat (the zorgraadSectors parameter)'),
});
export type SeatCount = z.infer<typeof seatCountSchema>;

export const zorgraadSchema = z
  .strictObject({
    network: summary,
    members: z.array(zorgraadMemberSchema).describe('sorted by seat, then name'),
    bySeat: z.array(seatCountSchema).describe('members per seat, with every required sector present (0 is a missing sector); in vocabulary order'),
    bySector: z.array(z.strictObject({ sector, count })),
    byRole: z.array(z.strictObject({ role, count })),
    missingSectors: z.array(z.strictObject({ sector, finding: z.string().describe('the GAP_ZORGRAAD_SECTOR_MISSING finding id') })),
  })
  .meta({ id: 'Zorgraad' });
export type Zorgraad = z.infer<typeof zorgraadSchema>;

/** A municipality of the zone that is not a member of the zone's zorgraad. */
export const absentMunicipalitySchema = z.strictObject({ municipality: summary, finding: z.string().describe('its GAP_ZORGRAAD_MUNICIPALITY_ABSENT finding') });
export type AbsentMunicipality = z.infer<typeof absentMunicipalitySchema>;

/** A network that covers municipalities of the zone and municipalities outside it. */
export const borderNetworkSchema = z.strictObject({
  network: summary,
  type: z.enum(NETWORK_TYPES),
  inside: z.array(summary).describe('covered municipalities of this zone, sorted by name'),
  outside: z.array(summary).describe('covered municipalities outside this zone, sorted by name'),
  otherZones: z.array(summary).describe('the zones those outside municipalities lie in, sorted by name'),
});
export type BorderNetwork = z.infer<typeof borderNetworkSchema>;

/** An organisation of the zone that also operates or has offers in municipalities outside it. */
export const crossZoneOrganisationSchema = z.strictObject({ organisation: summary, sector, outside: z.array(summary), otherZones: z.array(summary) });
export type CrossZoneOrganisation = z.infer<typeof crossZoneOrganisationSchema>;

/** A node of the collaboration graph with its centralities. */
export const brokerSchema = z.strictObject({
  node: summary,
  degree: count.describe('neighbours in the collaboration graph'),
  degreeCentrality: share.describe('degree ÷ (nodes − 1)'),
  betweenness: share.describe('normalised betweenness centrality (exact or estimated, see betweenness.method)'),
  municipalities: count.describe('distinct home municipalities among its neighbours'),
  community: z.int().describe('the community it falls in'),
});
export type Broker = z.infer<typeof brokerSchema>;

export const communitySchema = z.strictObject({
  id: z.int().describe('1 for the largest community, then by size'),
  size: count,
  sizeByLabel: z.partialRecord(z.enum(NODE_LABELS), count),
  homed: count.describe('members that have a home municipality'),
  dominant: summary.optional().describe('the home municipality most of those members share; absent when none has a home'),
  share: share.describe('members with the dominant home ÷ homed members (0 when none is homed)'),
  core: z.array(summary).describe('its best-connected members (highest degree, at most five)'),
});
export type Community = z.infer<typeof communitySchema>;

export const collaborationMetricsSchema = z
  .strictObject({
    size: z.strictObject({ nodes: count, edges: count, municipalities: count, networks: count, organisations: count }),
    betweenness: z
      .discriminatedUnion('method', [
        z.strictObject({ method: z.literal('exact') }),
        z.strictObject({ method: z.literal('sampled'), pivots: count.describe('source nodes sampled') }),
      ])
      .describe('exact (Brandes) on graphs up to a size, else estimated from a seeded sample of source nodes'),
    brokers: z.array(brokerSchema).describe('the top brokers: highest betweenness first, then degree, then id'),
    communities: z.array(communitySchema).describe('Louvain communities (seeded), largest first'),
    modularity: z.number().describe('modularity of that partition (−0.5 to 1; above about 0.3 a clear community structure)'),
    alignment: z
      .strictObject({
        homed: count,
        unhomed: count,
        purity: share,
        nmi: share.nullable().describe('normalised mutual information of community and home municipality; null with fewer than two homes'),
      })
      .describe('how far the communities follow municipal borders, over the members that have a home municipality'),
  })
  .meta({ id: 'CollaborationMetrics' });
export type CollaborationMetrics = z.infer<typeof collaborationMetricsSchema>;

export const zoneDashboardSchema = z
  .strictObject({
    zone: summary,
    municipalities: z.array(summary).describe("the zone's municipalities, sorted by name"),
    requiredSectors: z.array(sector).describe('the sectors a zorgraad must seat, as asked (zorgraadSectors)'),
    zorgraden: z.array(zorgraadSchema).describe("the zone's zorgraden (COUNCIL_OF); empty when it has none"),
    absentMunicipalities: z.array(absentMunicipalitySchema),
    borderNetworks: z.array(borderNetworkSchema),
    crossZoneOrganisations: z.array(crossZoneOrganisationSchema),
    collaboration: collaborationMetricsSchema,
    findings: z.array(findingSchema).describe('the findings about the zone or its municipalities (as GET /api/findings?zone=), sorted by id'),
  })
  .meta({ id: 'ZoneDashboard' });
export type ZoneDashboard = z.infer<typeof zoneDashboardSchema>;
