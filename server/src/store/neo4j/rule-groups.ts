// Splits the rules over a few read transactions that Neo4j runs at the same time (one query runs on one
// core; a transaction runs its queries one after another), so that each group costs about the same.
import { RULE_CATALOGUE } from '../../analysis/rules/catalogue';
import type { RuleId } from '../../domain/findings';

/** A rule's relative cost (its folder's neo4jCost, measured with PROFILE); only the balance matters, so a rule without one costs 10. */
const costOf = (rule: RuleId): number => RULE_CATALOGUE[rule].neo4jCost ?? 10;

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
