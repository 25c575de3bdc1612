// Pure helpers over a list of findings: filtering by kind, rule and severity, counting per rule,
// ranking by severity, and the worst finding per subject that the graph marks.
import { RULE_IDS, type Finding, type FindingKind, type RuleId, type Severity } from '@knooppunt/server/domain/findings';

export interface FindingCriteria {
  kind?: FindingKind | undefined;
  rule?: RuleId | undefined;
  severity?: Severity | undefined;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/** Among findings of equal severity, the one a coordinator acts on first decides a node's marker. */
const KIND_RANK: Readonly<Record<FindingKind, number>> = { conflict: 4, gap: 3, overlap: 2, boundary: 1 };

export function matchesCriteria(finding: Finding, criteria: FindingCriteria): boolean {
  return (
    (criteria.kind === undefined || finding.kind === criteria.kind) &&
    (criteria.rule === undefined || finding.rule === criteria.rule) &&
    (criteria.severity === undefined || finding.severity === criteria.severity)
  );
}

export function filterFindings(findings: readonly Finding[], criteria: FindingCriteria): Finding[] {
  return findings.filter((finding) => matchesCriteria(finding, criteria));
}

/**
 * How many findings each rule has under the other criteria (the rule criterion left out), so the
 * counts still show every rule's share while one of them is chosen.
 */
export function countPerRule(findings: readonly Finding[], criteria: FindingCriteria): Map<RuleId, number> {
  const counts = new Map<RuleId, number>();
  const others = { kind: criteria.kind, severity: criteria.severity };
  for (const finding of findings) {
    if (matchesCriteria(finding, others)) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  }
  return new Map(RULE_IDS.filter((rule) => counts.has(rule)).map((rule) => [rule, counts.get(rule) ?? 0]));
}

export function countBy<K extends string>(findings: readonly Finding[], key: (finding: Finding) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return counts;
}

export interface FindingMarker {
  kind: FindingKind;
  severity: Severity;
  /** How many findings have the node as their subject. */
  count: number;
}

function worse(a: Pick<FindingMarker, 'kind' | 'severity'>, b: Pick<FindingMarker, 'kind' | 'severity'>): boolean {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return bySeverity !== 0 ? bySeverity > 0 : KIND_RANK[a.kind] > KIND_RANK[b.kind];
}

/**
 * The marker of every node that is the subject of at least one finding: its worst finding's kind
 * and severity. One pass over the findings, so the graph restyles once per load, not per node.
 */
export function findingMarkers(findings: readonly Finding[]): Map<string, FindingMarker> {
  const markers = new Map<string, FindingMarker>();
  for (const finding of findings) {
    const current = markers.get(finding.subject);
    if (!current) markers.set(finding.subject, { kind: finding.kind, severity: finding.severity, count: 1 });
    else {
      current.count += 1;
      if (worse(finding, current)) {
        current.kind = finding.kind;
        current.severity = finding.severity;
      }
    }
  }
  return markers;
}
