// Findings of the rule catalogue (docs/rules.md): their shape, the rules, and the rule parameters.
import { RULE_IDS, type FindingKind, type NetworkType, type RuleId } from './vocabulary';
import type { RuleParameters } from './findings.schema';

// The catalogue's closed lists live in vocabulary.ts, which the schemas read without importing this file.
export { FINDING_KINDS, RULE_IDS, SEVERITIES, type FindingKind, type RuleId, type Severity } from './vocabulary';
export type { Finding, RuleParameters } from './findings.schema';

/** A rule's kind: the first word of its id (GAP_…, OVERLAP_…, CONFLICT_… or BOUNDARY_…), which RULE_IDS holds to that form. */
export function ruleKind(rule: RuleId): FindingKind {
  return rule.slice(0, rule.indexOf('_')).toLowerCase() as FindingKind;
}

/** Which kind each rule's findings are (docs/rules.md, the rule table). */
export const RULE_KIND: Readonly<Record<RuleId, FindingKind>> = Object.fromEntries(RULE_IDS.map((rule) => [rule, ruleKind(rule)])) as Record<RuleId, FindingKind>;

/** A rule's folder (analysis/rules/…) and Cypher file (cypher/findings/….cypher) are named after its id in kebab case. */
export function ruleFileName(rule: RuleId): string {
  return rule.toLowerCase().replaceAll('_', '-');
}

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
