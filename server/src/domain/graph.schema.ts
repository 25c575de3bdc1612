// The property graph of docs/graph-model.md as zod schemas: what both stores hold and the API returns. The types
// are inferred from these, so the OpenAPI document (generated from the schemas) cannot disagree with them.
import { z } from 'zod';
import { FUNDING_KINDS, FUNCTIONS, LEGAL_FORMS, NETWORK_TYPES, REGIONS, ROLES, SECTORS } from './vocabulary';

const count = z.int().nonnegative();

export const municipalityPropertiesSchema = z.strictObject({
  nis: z.string().regex(/^\d{5}$/),
  name: z.string(),
  province: z.string().optional(),
  region: z.enum(REGIONS).optional(),
  population: count.optional(),
  children0to3: count.optional(),
  children3to12: count.optional(),
});
export type MunicipalityProperties = z.infer<typeof municipalityPropertiesSchema>;

export const zonePropertiesSchema = z.strictObject({ name: z.string() });
export type ZoneProperties = z.infer<typeof zonePropertiesSchema>;

export const networkPropertiesSchema = z.strictObject({
  type: z.enum(NETWORK_TYPES),
  name: z.string(),
  governanceModel: z.boolean().describe('a beheersmodel is recorded; an empty cell in the import means false'),
  governanceModelDate: z.string().optional(),
});
export type NetworkProperties = z.infer<typeof networkPropertiesSchema>;

export const organisationPropertiesSchema = z.strictObject({ name: z.string(), legalForm: z.enum(LEGAL_FORMS), sector: z.enum(SECTORS) });
export type OrganisationProperties = z.infer<typeof organisationPropertiesSchema>;

export const offerPropertiesSchema = z.strictObject({ function: z.enum(FUNCTIONS), capacity: z.number().nonnegative().optional(), name: z.string().optional() });
export type OfferProperties = z.infer<typeof offerPropertiesSchema>;

const node = <L extends string, P extends z.ZodType>(label: L, properties: P) => z.strictObject({ id: z.string(), label: z.literal(label), properties });

export const graphNodeSchema = z
  .discriminatedUnion('label', [
    node('Municipality', municipalityPropertiesSchema),
    node('Zone', zonePropertiesSchema),
    node('Network', networkPropertiesSchema),
    node('Organisation', organisationPropertiesSchema),
    node('Offer', offerPropertiesSchema),
  ])
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const membershipPropertiesSchema = z.strictObject({ role: z.enum(ROLES), sector: z.enum(SECTORS).optional() });
export type MembershipProperties = z.infer<typeof membershipPropertiesSchema>;

export const fundingPropertiesSchema = z.strictObject({ year: z.int(), amount: z.number(), kind: z.enum(FUNDING_KINDS).optional() });
export type FundingProperties = z.infer<typeof fundingPropertiesSchema>;

const relationship = <T extends z.ZodType, P extends z.ZodType>(type: T, properties: P) =>
  z.strictObject({ id: z.string(), type, from: z.string(), to: z.string(), properties });

/** Relationship types that carry no properties. */
const PLAIN_TYPES = ['IN_ZONE', 'ADJACENT_TO', 'COUNCIL_OF', 'COVERS', 'DIRECTS', 'OPERATES', 'PROVIDES', 'LOCATED_IN', 'SERVES'] as const;

export const relationshipSchema = z
  .union([
    relationship(z.enum(PLAIN_TYPES), z.record(z.string(), z.never())),
    relationship(z.literal('MEMBER_OF'), membershipPropertiesSchema),
    relationship(z.literal('FUNDS'), fundingPropertiesSchema),
  ])
  .meta({ id: 'Relationship' });
export type Relationship = z.infer<typeof relationshipSchema>;

/** A self-contained piece of the graph: every relationship's ends are among `nodes`. */
export const subgraphSchema = z
  .strictObject({
    nodes: z.array(graphNodeSchema),
    relationships: z.array(relationshipSchema),
    truncated: z.boolean().optional().describe('set when a size limit cut the subgraph short'),
  })
  .meta({ id: 'Subgraph' });
export type Subgraph = z.infer<typeof subgraphSchema>;
