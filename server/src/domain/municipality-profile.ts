// A municipality's profile (GET /api/municipalities/{nis}/profile): what a municipality checks its partner
// coverage against for its multi-year plan. A checklist of network types and functions (covered by what, or
// missing, with the findings that say so), its networks and partners, its funding, its role conflicts with
// each network's beheersmodel status, and how it compares with its neighbours.
import type { NodeSummary } from './api';
import type { Reach } from './coverage';
import type { FindingKind, RuleId, RuleParameters, Severity } from './findings';
import type { MunicipalityProperties } from './graph';
import type { FundingKind, LegalForm, MembershipRole, NetworkType, OfferFunction, Sector, ServiceDomain } from './vocabulary';

/** A finding as the profile refers to it: enough to show it and to open it in the findings view. */
export interface FindingRef {
  id: string;
  rule: RuleId;
  kind: FindingKind;
  severity: Severity;
  message: { nl: string; en: string };
}

/**
 * `covered`: present, and no gap finding about it; `partial`: present, but a gap finding says something is
 * lacking (a BOA without regie, a zorgraad the municipality does not sit in, childcare below the target) or,
 * for a function, offered only next door; `missing`: absent.
 */
export type CheckStatus = 'covered' | 'partial' | 'missing';

export interface NetworkTypeCheck {
  networkType: NetworkType;
  /** A rule of the catalogue expects it (docs/rules.md); an unexpected type that is missing is no finding. */
  expected: boolean;
  status: CheckStatus;
  /** The networks of this type covering the municipality; for ZORGRAAD, the zorgraden of its zones. Sorted by id. */
  networks: { network: NodeSummary; directedBy: NodeSummary[] }[];
  /** Findings about this item: on the municipality, its zones or these networks. Sorted by id. */
  findings: FindingRef[];
}

export interface FunctionOffer {
  offer: NodeSummary;
  provider?: NodeSummary;
  /** `located`: the offer lies in the municipality; `serves`: it lies elsewhere and serves it too. */
  where: 'located' | 'serves';
  capacity?: number;
}

export interface FunctionCheck {
  function: OfferFunction;
  domain: ServiceDomain;
  /** GAP_FUNCTION_UNREACHABLE checks it (reachFunctions), or GAP_CHILDCARE_CAPACITY where children are known. */
  expected: boolean;
  status: CheckStatus;
  reach: Reach;
  /** Offers of the function located in or serving the municipality, sorted by offer id. */
  offers: FunctionOffer[];
  /** Networks covering the municipality whose type directs the function's domain, sorted by id. */
  networks: NodeSummary[];
  /** Adjacent municipalities where the function is offered, sorted by name. */
  neighbours: NodeSummary[];
  findings: FindingRef[];
}

/** Every network the municipality covers, directs or sits in, with its own place in it. */
export interface ProfileNetwork {
  network: NodeSummary;
  networkType: NetworkType;
  /** It holds the regie (DIRECTS). */
  directs: boolean;
  /** Its MEMBER_OF role and seat, where it is a member. */
  role?: MembershipRole;
  seat?: Sector;
  /** The network COVERS it. */
  covered: boolean;
  governanceModel: boolean;
  governanceModelDate?: string;
  /** Organisations and other municipalities in the network (members, regisseurs, covered area). */
  partnerCount: number;
}

/** A partner's place in one of the municipality's networks. */
export interface PartnerRole {
  network: NodeSummary;
  networkType: NetworkType;
  role?: MembershipRole;
  /** The seat it takes: the membership's sector, else an organisation's sector, else lokaal_bestuur. */
  seat?: Sector;
  directs: boolean;
  covered: boolean;
}

/**
 * An organisation or another municipality the municipality works with: through one of its networks of a
 * checklist type (OTHER networks, mostly intermunicipal bodies, make no partners), as an organisation it runs
 * or funds, or as the provider of an offer in or serving it.
 */
export interface ProfilePartner {
  partner: NodeSummary;
  sector?: Sector;
  legalForm?: LegalForm;
  /** Run by this municipality (OPERATES). */
  operated: boolean;
  /** What this municipality paid it, all years (0 when nothing). */
  funding: number;
  /** Its places in the municipality's networks, sorted by network id. */
  networks: PartnerRole[];
  /** Its offers located in or serving this municipality, sorted by id. */
  offers: NodeSummary[];
}

export interface ProfileFundingRow {
  year: number;
  kind?: FundingKind;
  organisation: NodeSummary;
  sector?: Sector;
  legalForm?: LegalForm;
  operated: boolean;
  amount: number;
}

export interface ProfileFunding {
  /** One row per year, kind and organisation; sorted by year, then organisation name, then kind. */
  rows: ProfileFundingRow[];
  /** Per year: all, to organisations it runs itself, and to others. Sorted by year. */
  byYear: { year: number; total: number; operated: number; others: number }[];
  /** Per kind (`null`: no kind given), in the vocabulary's order. */
  byKind: { kind: FundingKind | null; total: number }[];
  /** Per organisation, largest first. */
  byOrganisation: { organisation: NodeSummary; operated: boolean; total: number }[];
  total: number;
}

/** A network's beheersmodel status, as the circular letter asks for where a municipality directs. */
export interface GovernanceStatus {
  network: NodeSummary;
  networkType: NetworkType;
  governanceModel: boolean;
  governanceModelDate?: string;
}

export interface DirectedNetwork extends GovernanceStatus {
  /** The domains the network's type directs (none for SOCIAAL_HUIS, ZORGZAME_BUURT, OTHER). */
  domains: ServiceDomain[];
  /** Ids of the conflict findings about this network, sorted. */
  conflicts: string[];
}

export interface ProfileConflict {
  finding: FindingRef;
  /** The directed network a regie/actor or self-funding conflict is about; absent for unequal support. */
  network?: GovernanceStatus;
  /** The organisations involved, sorted by id. */
  organisations: NodeSummary[];
}

export interface ProfileRoleConflicts {
  directed: DirectedNetwork[];
  /** The conflict findings with this municipality as subject, sorted by id. */
  conflicts: ProfileConflict[];
}

export interface ComparisonRow {
  municipality: NodeSummary & { nis: string };
  /** The municipality of the profile itself (the first row); the others are its neighbours. */
  self: boolean;
  /** Network types of the checklist that cover it (ZORGRAAD aside: a zorgraad covers no municipality). */
  networkTypes: NetworkType[];
  /** Functions offered in it or next door (reach local or neighbour). */
  functionsReachable: number;
  childcarePer100?: number;
  /** Findings with the municipality as subject, per kind. */
  findings: Record<FindingKind, number>;
}

export const COMPARISON_MEASURES = ['networkTypes', 'functionsReachable', 'childcarePer100', 'findings'] as const;
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

/**
 * Where the municipality stands among its neighbours on one measure: `fewer` when more than half of the
 * neighbours with a value have a higher one, `more` when more than half have a lower one, else `alike`.
 */
export interface Standing {
  measure: ComparisonMeasure;
  /** Absent where the municipality has no value (childcare without a known number of children). */
  value?: number;
  neighboursHigher: number;
  neighboursLower: number;
  neighboursEqual: number;
  position?: 'fewer' | 'alike' | 'more';
}

export interface NeighbourComparison {
  /** The municipality first, then its neighbours by name. */
  rows: ComparisonRow[];
  standings: Standing[];
}

export interface MunicipalityProfile {
  municipality: NodeSummary & MunicipalityProperties;
  zones: NodeSummary[];
  neighbours: NodeSummary[];
  /** The rule parameters the findings were computed with. */
  parameters: RuleParameters;
  /** Findings with the municipality as subject, per kind. */
  findingCounts: Record<FindingKind, number>;
  checklist: { networkTypes: NetworkTypeCheck[]; functions: FunctionCheck[] };
  /** By network type in vocabulary order (OTHER last), then by name. */
  networks: ProfileNetwork[];
  /** By name. */
  partners: ProfilePartner[];
  funding: ProfileFunding;
  roleConflicts: ProfileRoleConflicts;
  comparison: NeighbourComparison;
}
