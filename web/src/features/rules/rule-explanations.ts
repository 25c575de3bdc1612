// The shape of a rule's explanation, and which threshold parameters each rule reads.
import type { RuleId, RuleParameters, Severity } from '@knooppunt/server/domain/findings';

export interface RuleExplanation {
  /** What the rule checks, in plain words, and what one finding is about. */
  checks: string;
  /** The policy principle behind it, in the words of the memorandum and the circular letter. */
  why: string;
  /** What makes the finding go away. */
  resolves: string;
}

export type RuleExplanations = Record<RuleId, RuleExplanation>;

export type RuleParameterName = keyof RuleParameters;

export const RULE_PARAMETERS: Readonly<Record<RuleId, readonly RuleParameterName[]>> = {
  GAP_NO_ZONE: [],
  GAP_NO_HUIS_VAN_HET_KIND: [],
  GAP_NO_LOK: [],
  GAP_NO_BOA_REGIE: [],
  GAP_NO_GBO: [],
  GAP_GBO_PARTNER_MISSING: [],
  GAP_ZORGRAAD_MISSING: [],
  GAP_ZORGRAAD_SECTOR_MISSING: ['zorgraadSectors'],
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: [],
  GAP_CHILDCARE_CAPACITY: ['childcarePer100'],
  GAP_FUNCTION_UNREACHABLE: ['reachFunctions'],
  OVERLAP_MULTIPLE_ZONES: [],
  OVERLAP_SAME_TYPE: [],
  OVERLAP_FORUM_LOAD: ['forumLoad'],
  CONFLICT_REGIE_ACTOR: [],
  CONFLICT_SELF_FUNDING: ['year'],
  CONFLICT_UNEQUAL_SUPPORT: ['unequalRatio', 'year'],
  BOUNDARY_NETWORK_CROSSES_ZONES: [],
  BOUNDARY_CONTINUITY: [],
  BOUNDARY_ORG_CROSSES_ZONES: [],
};

/** The severities a rule's findings can have (docs/rules.md), shown beside its explanation. */
export const RULE_SEVERITIES: Readonly<Record<RuleId, readonly Severity[]>> = {
  GAP_NO_ZONE: ['high'],
  GAP_NO_HUIS_VAN_HET_KIND: ['high'],
  GAP_NO_LOK: ['medium'],
  GAP_NO_BOA_REGIE: ['medium'],
  GAP_NO_GBO: ['medium'],
  GAP_GBO_PARTNER_MISSING: ['high'],
  GAP_ZORGRAAD_MISSING: ['high'],
  GAP_ZORGRAAD_SECTOR_MISSING: ['medium'],
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: ['medium'],
  GAP_CHILDCARE_CAPACITY: ['high', 'medium'],
  GAP_FUNCTION_UNREACHABLE: ['medium'],
  OVERLAP_MULTIPLE_ZONES: ['high'],
  OVERLAP_SAME_TYPE: ['medium'],
  OVERLAP_FORUM_LOAD: ['low'],
  CONFLICT_REGIE_ACTOR: ['high', 'medium'],
  CONFLICT_SELF_FUNDING: ['high'],
  CONFLICT_UNEQUAL_SUPPORT: ['medium'],
  BOUNDARY_NETWORK_CROSSES_ZONES: ['low'],
  BOUNDARY_CONTINUITY: ['low'],
  BOUNDARY_ORG_CROSSES_ZONES: ['low'],
};
