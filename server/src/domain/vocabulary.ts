// The closed vocabularies of docs/graph-model.md: labels, network types, sectors, functions and roles.
// Everything that validates, stores or draws the graph takes its enums from here.

export const NODE_LABELS = ['Municipality', 'Zone', 'Network', 'Organisation', 'Offer'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'IN_ZONE',
  'ADJACENT_TO',
  'COUNCIL_OF',
  'COVERS',
  'DIRECTS',
  'MEMBER_OF',
  'OPERATES',
  'PROVIDES',
  'LOCATED_IN',
  'SERVES',
  'FUNDS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const NETWORK_TYPES = [
  'ZORGRAAD',
  'HUIS_VAN_HET_KIND',
  'LOK',
  'BOA',
  'GBO',
  'SOCIAAL_HUIS',
  'ZORGZAME_BUURT',
  'OTHER',
] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

export const SECTORS = [
  'lokaal_bestuur',
  'ocmw',
  'caw',
  'ziekenfonds',
  'kinderopvang',
  'boa',
  'jeugdhulp',
  'gezinsondersteuning',
  'handicap',
  'car',
  'huisartsen',
  'thuiszorg',
  'geestelijke_gezondheid',
  'onderwijs',
  'vrije_tijd',
  'wonen',
  'andere',
] as const;
export type Sector = (typeof SECTORS)[number];

export const DOMAINS = ['kinderopvang', 'boa', 'gezin', 'jeugdhulp', 'handicap', 'onthaal', 'eerstelijn'] as const;
export type ServiceDomain = (typeof DOMAINS)[number];

/** Each offer function, the domain it belongs to (docs/graph-model.md#functions-and-domains). */
export const FUNCTION_DOMAIN = {
  kinderopvang_baby_peuter: 'kinderopvang',
  buitenschoolse_opvang: 'boa',
  vrijetijdsaanbod_kinderen: 'boa',
  gezinsondersteuning: 'gezin',
  consultatiebureau: 'gezin',
  opvoedingsondersteuning: 'gezin',
  jeugdhulp: 'jeugdhulp',
  handicap_ondersteuning: 'handicap',
  onthaal: 'onthaal',
  schuldhulp: 'onthaal',
  woonbegeleiding: 'onthaal',
  eerstelijnszorg: 'eerstelijn',
  thuiszorg: 'eerstelijn',
} as const satisfies Record<string, ServiceDomain>;
export type OfferFunction = keyof typeof FUNCTION_DOMAIN;
export const FUNCTIONS = Object.keys(FUNCTION_DOMAIN) as OfferFunction[];

/**
 * The domains a network type directs. `gezin` and `jeugdhulp` both fall under the Huis van het Kind;
 * `handicap` has no directing network type, and SOCIAAL_HUIS, ZORGZAME_BUURT and OTHER direct nothing.
 */
export const NETWORK_TYPE_DOMAINS: Readonly<Record<NetworkType, readonly ServiceDomain[]>> = {
  LOK: ['kinderopvang'],
  BOA: ['boa'],
  HUIS_VAN_HET_KIND: ['gezin', 'jeugdhulp'],
  GBO: ['onthaal'],
  ZORGRAAD: ['eerstelijn'],
  SOCIAAL_HUIS: [],
  ZORGZAME_BUURT: [],
  OTHER: [],
};

export const ROLES = ['regisseur', 'actor', 'partner', 'member'] as const;
export type MembershipRole = (typeof ROLES)[number];

export const LEGAL_FORMS = ['public', 'nonprofit', 'private'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const FUNDING_KINDS = ['subsidie', 'infrastructuur', 'personeel', 'andere'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const REGIONS = ['Vlaanderen', 'Brussel'] as const;
export type Region = (typeof REGIONS)[number];

/** The rule catalogue's kinds, severities and rules (docs/rules.md); findings.ts holds what goes with them. */
export const FINDING_KINDS = ['gap', 'overlap', 'conflict', 'boundary'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every rule's id, in the catalogue's order. An id starts with its kind (RULE_KIND reads it from there). The
 * rule itself, everything about it, is its folder under analysis/rules/, registered in analysis/rules/catalogue.ts,
 * which must hold exactly these ids; the list is here because the schemas validate rule ids with it.
 */
export const RULE_IDS = [
  'GAP_NO_ZONE',
  'GAP_NO_HUIS_VAN_HET_KIND',
  'GAP_NO_LOK',
  'GAP_NO_BOA_REGIE',
  'GAP_NO_GBO',
  'GAP_GBO_PARTNER_MISSING',
  'GAP_ZORGRAAD_MISSING',
  'GAP_ZORGRAAD_SECTOR_MISSING',
  'GAP_ZORGRAAD_MUNICIPALITY_ABSENT',
  'GAP_CHILDCARE_CAPACITY',
  'GAP_FUNCTION_UNREACHABLE',
  'OVERLAP_MULTIPLE_ZONES',
  'OVERLAP_SAME_TYPE',
  'OVERLAP_FORUM_LOAD',
  'CONFLICT_REGIE_ACTOR',
  'CONFLICT_SELF_FUNDING',
  'CONFLICT_UNEQUAL_SUPPORT',
  'BOUNDARY_NETWORK_CROSSES_ZONES',
  'BOUNDARY_CONTINUITY',
  'BOUNDARY_ORG_CROSSES_ZONES',
] as const satisfies readonly `${Uppercase<FindingKind>}_${string}`[];
export type RuleId = (typeof RULE_IDS)[number];

/** What a municipality's profile compares with its neighbours (municipality-profile.ts). */
export const COMPARISON_MEASURES = ['networkTypes', 'functionsReachable', 'childcarePer100', 'findings'] as const;
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];
