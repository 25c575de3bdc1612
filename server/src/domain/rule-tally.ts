// Findings counted per rule and severity (RuleTally), and the sums the map and its summary read from them.
import { FINDING_KINDS, RULE_KIND, SEVERITIES, type FindingKind, type RuleId, type Severity } from './findings';
import type { KindSeverityCounts, RuleTally } from './map-overview';

export function addToTally(tally: RuleTally, rule: RuleId, severity: Severity): void {
  const bySeverity = (tally[rule] ??= {});
  bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
}

export interface TallyFilter {
  kind?: FindingKind;
  severity?: Severity;
  rule?: RuleId;
}

/** How many findings of the tally pass the filter; an empty filter counts them all. */
export function countTally(tally: RuleTally, filter: TallyFilter = {}): number {
  let total = 0;
  for (const [rule, bySeverity] of Object.entries(tally) as [RuleId, Partial<Record<Severity, number>>][]) {
    if (filter.rule !== undefined && rule !== filter.rule) continue;
    if (filter.kind !== undefined && RULE_KIND[rule] !== filter.kind) continue;
    for (const severity of SEVERITIES) {
      if (filter.severity !== undefined && severity !== filter.severity) continue;
      total += bySeverity[severity] ?? 0;
    }
  }
  return total;
}

/** The tally as a kind × severity table, every cell present. */
export function kindSeverityCounts(tally: RuleTally): KindSeverityCounts {
  const counts = Object.fromEntries(
    FINDING_KINDS.map((kind) => [kind, Object.fromEntries(SEVERITIES.map((severity) => [severity, countTally(tally, { kind, severity })]))]),
  );
  return counts as KindSeverityCounts;
}
