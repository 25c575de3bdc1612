// Splits the rules over a few read transactions that Neo4j runs at the same time (one query runs on one
// core; a transaction runs its queries one after another), so that each group costs about the same.
import type { RuleId } from '../../domain/findings';

/**
 * The rules' relative cost: database hits of their queries at Flanders scale, in thousands (measured with
 * PROFILE on the bench's generated dataset). Only the balance matters, so a rule left out costs 10.
 */
const RULE_COST: Partial<Record<RuleId, number>> = {
  BOUNDARY_ORG_CROSSES_ZONES: 310,
  CONFLICT_UNEQUAL_SUPPORT: 310,
  CONFLICT_SELF_FUNDING: 170,
  CONFLICT_REGIE_ACTOR: 130,
  BOUNDARY_CONTINUITY: 95,
  OVERLAP_FORUM_LOAD: 70,
  BOUNDARY_NETWORK_CROSSES_ZONES: 40,
  GAP_FUNCTION_UNREACHABLE: 35,
  GAP_CHILDCARE_CAPACITY: 30,
  OVERLAP_SAME_TYPE: 20,
  GAP_NO_BOA_REGIE: 16,
};

const costOf = (rule: RuleId): number => RULE_COST[rule] ?? 10;

/**
 * At most `count` non-empty groups holding every rule once: the costliest rule first, each into the
 * group that costs least so far (ties to the first), so the slowest group finishes as early as it can.
 */
export function ruleGroups(rules: readonly RuleId[], count: number): RuleId[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(count, rules.length)) }, () => ({ rules: [] as RuleId[], cost: 0 }));
  const byCost = [...new Set(rules)].sort((a, b) => costOf(b) - costOf(a));
  for (const rule of byCost) {
    const cheapest = groups.reduce((best, group) => (group.cost < best.cost ? group : best));
    cheapest.rules.push(rule);
    cheapest.cost += costOf(rule);
  }
  return groups.map((group) => group.rules).filter((group) => group.length > 0);
}
