// Which checklist item a finding is about: a network type (the zorgraad item also stands for the zone) or
// an offer function. Read from the rule, or from the evidence where one rule covers several types.
import { FINDING_KINDS, type Finding, type FindingKind, type RuleId } from '../../domain/findings';
import type { FindingRef } from '../../domain/municipality-profile';
import { FUNCTIONS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '../../domain/vocabulary';

const NETWORK_TYPE_OF_RULE: Partial<Record<RuleId, NetworkType>> = {
  GAP_NO_ZONE: 'ZORGRAAD',
  GAP_ZORGRAAD_MISSING: 'ZORGRAAD',
  GAP_ZORGRAAD_SECTOR_MISSING: 'ZORGRAAD',
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: 'ZORGRAAD',
  OVERLAP_MULTIPLE_ZONES: 'ZORGRAAD',
  GAP_NO_HUIS_VAN_HET_KIND: 'HUIS_VAN_HET_KIND',
  GAP_NO_LOK: 'LOK',
  GAP_NO_BOA_REGIE: 'BOA',
  GAP_NO_GBO: 'GBO',
  GAP_GBO_PARTNER_MISSING: 'GBO',
};

const isNetworkType = (value: unknown): value is NetworkType => (NETWORK_TYPES as readonly unknown[]).includes(value);
const isFunction = (value: unknown): value is OfferFunction => (FUNCTIONS as readonly unknown[]).includes(value);

export function findingNetworkType(finding: Finding): NetworkType | undefined {
  if (finding.rule === 'OVERLAP_SAME_TYPE' || finding.rule === 'BOUNDARY_CONTINUITY') {
    const type = finding.evidence['networkType'];
    return isNetworkType(type) ? type : undefined;
  }
  return NETWORK_TYPE_OF_RULE[finding.rule];
}

export function findingFunction(finding: Finding): OfferFunction | undefined {
  if (finding.rule === 'GAP_CHILDCARE_CAPACITY') return 'kinderopvang_baby_peuter';
  if (finding.rule !== 'GAP_FUNCTION_UNREACHABLE') return undefined;
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
