// Findings of the rule catalogue (docs/rules.md): their shape, the rules, and the rule parameters.
import type { NetworkType, OfferFunction, Sector } from './vocabulary';

export const FINDING_KINDS = ['gap', 'overlap', 'conflict', 'boundary'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

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
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Which kind a rule's findings are, and what its subject is (docs/rules.md, the rule table). */
export const RULE_KIND: Readonly<Record<RuleId, FindingKind>> = {
  GAP_NO_ZONE: 'gap',
  GAP_NO_HUIS_VAN_HET_KIND: 'gap',
  GAP_NO_LOK: 'gap',
  GAP_NO_BOA_REGIE: 'gap',
  GAP_NO_GBO: 'gap',
  GAP_GBO_PARTNER_MISSING: 'gap',
  GAP_ZORGRAAD_MISSING: 'gap',
  GAP_ZORGRAAD_SECTOR_MISSING: 'gap',
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: 'gap',
  GAP_CHILDCARE_CAPACITY: 'gap',
  GAP_FUNCTION_UNREACHABLE: 'gap',
  OVERLAP_MULTIPLE_ZONES: 'overlap',
  OVERLAP_SAME_TYPE: 'overlap',
  OVERLAP_FORUM_LOAD: 'overlap',
  CONFLICT_REGIE_ACTOR: 'conflict',
  CONFLICT_SELF_FUNDING: 'conflict',
  CONFLICT_UNEQUAL_SUPPORT: 'conflict',
  BOUNDARY_NETWORK_CROSSES_ZONES: 'boundary',
  BOUNDARY_CONTINUITY: 'boundary',
  BOUNDARY_ORG_CROSSES_ZONES: 'boundary',
};

/** Network types whose coverage the overlap and continuity rules compare. */
export const LOCAL_NETWORK_TYPES = ['HUIS_VAN_HET_KIND', 'LOK', 'BOA', 'GBO'] as const satisfies readonly NetworkType[];

/** The threshold parameters of §4 with their defaults; each can be changed per request or on the command line. */
export interface RuleParameters {
  /** Sectors a zorgraad must seat (GAP_ZORGRAAD_SECTOR_MISSING). */
  zorgraadSectors: Sector[];
  /** Childcare places per 100 children aged 0-3 below which GAP_CHILDCARE_CAPACITY fires (Barcelona target). */
  childcarePer100: number;
  /** Functions that must be reachable in or next to every municipality (GAP_FUNCTION_UNREACHABLE). */
  reachFunctions: OfferFunction[];
  /** Networks covering one municipality that make an organisation's forum load (OVERLAP_FORUM_LOAD). */
  forumLoad: number;
  /** Per-place funding of others below this share of one's own is unequal (CONFLICT_UNEQUAL_SUPPORT). */
  unequalRatio: number;
  /** Only funding of this year counts; absent: all years summed. */
  year?: number;
}

export const DEFAULT_RULE_PARAMETERS: Readonly<RuleParameters> = {
  zorgraadSectors: ['jeugdhulp', 'handicap', 'kinderopvang'],
  childcarePer100: 33,
  reachFunctions: ['jeugdhulp', 'gezinsondersteuning', 'handicap_ondersteuning'],
  forumLoad: 4,
  unequalRatio: 0.5,
};

export interface Finding {
  /** Stable across runs and stores: `<rule>:<subject>` plus `:<key>` where one subject can have several findings. */
  id: string;
  rule: RuleId;
  kind: FindingKind;
  severity: Severity;
  /** A node id. */
  subject: string;
  /** Node ids a person needs to check the finding by hand, sorted. */
  related: string[];
  message: { nl: string; en: string };
  /** The facts that triggered it (counts, names, thresholds); always includes `key` ('' when the rule has none). */
  evidence: Record<string, unknown> & { key: string };
}

/** The id of a finding: rule, subject and what tells apart findings of one rule and subject. */
export function findingId(rule: RuleId, subject: string, key: string): string {
  return key === '' ? `${rule}:${subject}` : `${rule}:${subject}:${key}`;
}
