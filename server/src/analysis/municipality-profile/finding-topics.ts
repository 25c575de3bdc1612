// Which checklist item a finding is about: a network type (the zorgraad item also stands for the zone) or
// an offer function, as its rule's folder says (checklistItem), read from the evidence where one rule covers several.
import { FINDING_KINDS, type Finding, type FindingKind } from '../../domain/findings';
import type { FindingRef } from '../../domain/municipality-profile';
import { FUNCTIONS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '../../domain/vocabulary';
import { RULE_CATALOGUE } from '../rules/catalogue';

const isNetworkType = (value: unknown): value is NetworkType => (NETWORK_TYPES as readonly unknown[]).includes(value);
const isFunction = (value: unknown): value is OfferFunction => (FUNCTIONS as readonly unknown[]).includes(value);

export function findingNetworkType(finding: Finding): NetworkType | undefined {
  const item = RULE_CATALOGUE[finding.rule].checklistItem;
  if (item === undefined || !('networkType' in item)) return undefined;
  if (item.networkType !== 'fromEvidence') return item.networkType;
  const type = finding.evidence['networkType'];
  return isNetworkType(type) ? type : undefined;
}

export function findingFunction(finding: Finding): OfferFunction | undefined {
  const item = RULE_CATALOGUE[finding.rule].checklistItem;
  if (item === undefined || !('function' in item)) return undefined;
  if (item.function !== 'fromEvidence') return item.function;
  const fn = finding.evidence['function'];
  return isFunction(fn) ? fn : undefined;
}

export function findingRef(finding: Finding): FindingRef {
  return { id: finding.id, rule: finding.rule, kind: finding.kind, severity: finding.severity, message: finding.message };
}

/** Findings per kind, every kind present (0 when none). */
export function countByKind(findings: Iterable<Finding>): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
