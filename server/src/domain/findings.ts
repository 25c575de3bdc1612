// Findings of the rule catalogue (docs/rules.md): their shape, the rules, and the rule parameters.
import { type FindingKind, type NetworkType, type RuleId } from './vocabulary';
import type { RuleParameters } from './findings.schema';

// The catalogue's closed lists live in vocabulary.ts, which the schemas read without importing this file.
export { FINDING_KINDS, RULE_IDS, SEVERITIES, type FindingKind, type RuleId, type Severity } from './vocabulary';
export type { Finding, RuleParameters } from './findings.schema';

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
export const DEFAULT_RULE_PARAMETERS: Readonly<RuleParameters> = {
  zorgraadSectors: ['jeugdhulp', 'handicap', 'kinderopvang'],
  childcarePer100: 33,
  reachFunctions: ['jeugdhulp', 'gezinsondersteuning', 'handicap_ondersteuning'],
  forumLoad: 4,
  unequalRatio: 0.5,
};

/** The id of a finding: rule, subject and what tells apart findings of one rule and subject. */
export function findingId(rule: RuleId, subject: string, key: string): string {
  return key === '' ? `${rule}:${subject}` : `${rule}:${subject}:${key}`;
}
