// A municipality's profile (GET /api/municipalities/{nis}/profile) as zod schemas; municipality-profile.ts
// names the types and says what each part means.
import { z } from 'zod';
import { nodeSummarySchema, nodeSummaryWith } from './api.schema';
import { reachSchema } from './coverage.schema';
import { ruleParametersSchema } from './findings.schema';
import { municipalityPropertiesSchema } from './graph.schema';
import {
  COMPARISON_MEASURES,
  DOMAINS,
  FINDING_KINDS,
  FUNCTIONS,
  FUNDING_KINDS,
  LEGAL_FORMS,
  NETWORK_TYPES,
  ROLES,
  RULE_IDS,
  SECTORS,
  SEVERITIES,
} from './vocabulary';

const summary = nodeSummarySchema;
const count = z.int().nonnegative();
const networkType = z.enum(NETWORK_TYPES);
const sector = z.enum(SECTORS);

/** A finding as the profile refers to it: enough to show it and to open it in the findings view. */
export const findingRefSchema = z
  .strictObject({
    id: z.string(),
    rule: z.enum(RULE_IDS),
    kind: z.enum(FINDING_KINDS),
    severity: z.enum(SEVERITIES),
    message: z.strictObject({ nl: z.string(), en: z.string() }),
  })
  .meta({ id: 'FindingRef' });
export type FindingRef = z.infer<typeof findingRefSchema>;

export const checkStatusSchema = z.enum(['covered', 'partial', 'missing']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const networkTypeCheckSchema = z.strictObject({
  networkType,
  expected: z.boolean().describe('a rule of the catalogue expects it; an unexpected type that is missing is no finding'),
  status: checkStatusSchema,
  networks: z.array(z.strictObject({ network: summary, directedBy: z.array(summary) })),
  findings: z.array(findingRefSchema),
});
export type NetworkTypeCheck = z.infer<typeof networkTypeCheckSchema>;

export const functionOfferSchema = z.strictObject({
  offer: summary,
  provider: summary.optional(),
  where: z.enum(['located', 'serves']).describe('located: the offer lies in the municipality; serves: it lies elsewhere and serves it too'),
  capacity: z.number().optional(),
});
export type FunctionOffer = z.infer<typeof functionOfferSchema>;

export const functionCheckSchema = z.strictObject({
  function: z.enum(FUNCTIONS),
  domain: z.enum(DOMAINS),
  expected: z.boolean(),
  status: checkStatusSchema,
  reach: reachSchema,
  offers: z.array(functionOfferSchema),
  networks: z.array(summary),
  neighbours: z.array(summary),
  findings: z.array(findingRefSchema),
});
export type FunctionCheck = z.infer<typeof functionCheckSchema>;

export const profileNetworkSchema = z.strictObject({
  network: summary,
  networkType,
  directs: z.boolean().describe('it holds the regie (DIRECTS)'),
  role: z.enum(ROLES).optional(),
  seat: sector.optional(),
  covered: z.boolean().describe('the network COVERS it'),
  governanceModel: z.boolean(),
  governanceModelDate: z.string().optional(),
  partnerCount: count.describe('organisations and other municipalities in the network (members, regisseurs, covered area)'),
});
export type ProfileNetwork = z.infer<typeof profileNetworkSchema>;

export const partnerRoleSchema = z.strictObject({
  network: summary,
  networkType,
  role: z.enum(ROLES).optional(),
  seat: sector.optional(),
  directs: z.boolean(),
  covered: z.boolean(),
});
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

export const profilePartnerSchema = z.strictObject({
  partner: summary,
  sector: sector.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  operated: z.boolean().describe('run by this municipality (OPERATES)'),
  funding: z.number().describe('what this municipality paid it, all years (0 when nothing)'),
  networks: z.array(partnerRoleSchema),
  offers: z.array(summary),
});
export type ProfilePartner = z.infer<typeof profilePartnerSchema>;

export const profileFundingRowSchema = z.strictObject({
  year: z.int(),
  kind: z.enum(FUNDING_KINDS).optional(),
  organisation: summary,
  sector: sector.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  operated: z.boolean(),
  amount: z.number(),
});
export type ProfileFundingRow = z.infer<typeof profileFundingRowSchema>;

export const profileFundingSchema = z.strictObject({
  rows: z.array(profileFundingRowSchema),
  byYear: z.array(z.strictObject({ year: z.int(), total: z.number(), operated: z.number(), others: z.number() })),
  byKind: z.array(z.strictObject({ kind: z.enum(FUNDING_KINDS).nullable().describe('null: no kind given'), total: z.number() })),
  byOrganisation: z.array(z.strictObject({ organisation: summary, operated: z.boolean(), total: z.number() })),
  total: z.number(),
});
export type ProfileFunding = z.infer<typeof profileFundingSchema>;

const governanceStatusShape = { network: summary, networkType, governanceModel: z.boolean(), governanceModelDate: z.string().optional() };
/** A network's beheersmodel status, as the circular letter asks for where a municipality directs. */
export const governanceStatusSchema = z.strictObject(governanceStatusShape).meta({ id: 'GovernanceStatus' });
export type GovernanceStatus = z.infer<typeof governanceStatusSchema>;

export const directedNetworkSchema = z.strictObject({
  ...governanceStatusShape,
  domains: z.array(z.enum(DOMAINS)).describe("the domains the network's type directs"),
  conflicts: z.array(z.string()).describe('ids of the conflict findings about this network, sorted'),
});
export type DirectedNetwork = z.infer<typeof directedNetworkSchema>;

export const profileConflictSchema = z.strictObject({
  finding: findingRefSchema,
  network: governanceStatusSchema.optional().describe('the directed network a regie/actor or self-funding conflict is about; absent for unequal support'),
  organisations: z.array(summary),
});
export type ProfileConflict = z.infer<typeof profileConflictSchema>;

export const profileRoleConflictsSchema = z.strictObject({ directed: z.array(directedNetworkSchema), conflicts: z.array(profileConflictSchema) });
export type ProfileRoleConflicts = z.infer<typeof profileRoleConflictsSchema>;

const perKind = z.record(z.enum(FINDING_KINDS), count);

export const comparisonRowSchema = z.strictObject({
  municipality: nodeSummaryWith({ nis: z.string() }),
  self: z.boolean().describe('the municipality of the profile itself (the first row); the others are its neighbours'),
  networkTypes: z.array(networkType),
  functionsReachable: count,
  childcarePer100: z.number().optional(),
  findings: perKind,
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

export const standingSchema = z.strictObject({
  measure: z.enum(COMPARISON_MEASURES),
  value: z.number().optional(),
  neighboursHigher: count,
  neighboursLower: count,
  neighboursEqual: count,
  position: z.enum(['fewer', 'alike', 'more']).optional(),
});
export type Standing = z.infer<typeof standingSchema>;

export const neighbourComparisonSchema = z.strictObject({ rows: z.array(comparisonRowSchema), standings: z.array(standingSchema) });
export type NeighbourComparison = z.infer<typeof neighbourComparisonSchema>;

export const municipalityProfileSchema = z
  .strictObject({
    municipality: z.strictObject({ ...nodeSummarySchema.shape, ...municipalityPropertiesSchema.shape }),
    zones: z.array(summary),
    neighbours: z.array(summary),
    parameters: ruleParametersSchema.describe('the rule parameters the findings were computed with'),
    findingCounts: perKind.describe('findings with the municipality as subject, per kind'),
    checklist: z.strictObject({ networkTypes: z.array(networkTypeCheckSchema), functions: z.array(functionCheckSchema) }),
    networks: z.array(profileNetworkSchema),
    partners: z.array(profilePartnerSchema),
    funding: profileFundingSchema,
    roleConflicts: profileRoleConflictsSchema,
    comparison: neighbourComparisonSchema,
  })
  .meta({ id: 'MunicipalityProfile' });
export type MunicipalityProfile = z.infer<typeof municipalityProfileSchema>;
