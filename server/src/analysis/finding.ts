// A rule finds detections (the facts); a message renderer words them. The split lets the Neo4j store
// detect with Cypher and still word its findings with exactly the same renderers as the embedded store.
import { findingId, RULE_KIND, type Finding, type RuleId, type RuleParameters, type Severity } from '../domain/findings';
import type { KnooppuntGraph } from '../graph/knooppunt-graph';

/** What a rule found about one subject, before it is worded. Every id in it is a node id. */
export interface Detection {
  rule: RuleId;
  subject: string;
  /** What tells apart findings of one rule and subject (sector, function, zone, type, network, domain, TYPE|neighbour); '' if nothing. */
  key: string;
  severity: Severity;
  /** Node ids a person needs to check the finding by hand (sorted, without the subject). */
  related: string[];
  /** The facts that triggered it: ids, counts, amounts, thresholds; plain JSON, the same on every store. */
  evidence: Record<string, unknown>;
}

/** A rule on the embedded store: the graph and the parameters in, its detections out (any order). */
export type Rule = (graph: KnooppuntGraph, parameters: RuleParameters) => Detection[];

/** Words a detection in Dutch and English; `name` gives the display name of any node id in it. */
export type MessageRenderer = (detection: Detection, name: (id: string) => string) => { nl: string; en: string };

/** Builds a detection with the related ids cleaned up the same way everywhere. */
export function detection(parts: Detection): Detection {
  return { ...parts, related: [...new Set(parts.related)].filter((id) => id !== parts.subject).sort() };
}

export function toFinding(found: Detection, message: { nl: string; en: string }): Finding {
  return {
    id: findingId(found.rule, found.subject, found.key),
    rule: found.rule,
    kind: RULE_KIND[found.rule],
    severity: found.severity,
    subject: found.subject,
    related: found.related,
    message,
    evidence: { ...found.evidence, key: found.key },
  };
}

/** Names joined the way a Dutch or English sentence lists them: "A, B en C" / "A, B and C". */
export function listNames(names: readonly string[], language: 'nl' | 'en'): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1]!;
  return `${names.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${last}`;
}
