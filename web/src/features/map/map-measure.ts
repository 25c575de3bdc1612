// What the map colours municipalities by, read from the facts of GET /api/map. Pure: the measure as it
// stands in the URL, each municipality's value and class, and the classes the legend lists.
import { FINDING_KINDS, RULE_IDS, SEVERITIES, type FindingKind, type RuleId, type Severity } from '@knooppunt/server/domain/findings';
import type { MapMunicipality } from '@knooppunt/server/domain/map-overview';
import { countTally, type TallyFilter } from '@knooppunt/server/domain/rule-tally';
import { NETWORK_TYPES, type NetworkType } from '@knooppunt/server/domain/vocabulary';
import { RULE_ABOUT } from '../../lib/rule-abouts';
import { classOf, countClasses, type CountClass } from './class-breaks';

export type MapMeasure =
  | { type: 'findings'; filter: TallyFilter }
  | { type: 'coverage'; networkType: NetworkType }
  | { type: 'childcare' }
  | { type: 'reach' };

export const DEFAULT_MEASURE: MapMeasure = { type: 'findings', filter: {} };

/** The URL form: `findings`, `kind:gap`, `severity:high`, `rule:GAP_NO_LOK`, `coverage:LOK`, `childcare`, `reach`. */
export function serialiseMeasure(measure: MapMeasure): string {
  switch (measure.type) {
    case 'findings': {
      const { kind, severity, rule } = measure.filter;
      if (rule !== undefined) return `rule:${rule}`;
      if (kind !== undefined) return `kind:${kind}`;
      return severity !== undefined ? `severity:${severity}` : 'findings';
    }
    case 'coverage':
      return `coverage:${measure.networkType}`;
    default:
      return measure.type;
  }
}

const member = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** Anything unknown falls back to all findings, as other unknown URL values fall back to their defaults. */
export function parseMeasure(text: string | null | undefined): MapMeasure {
  if (!text) return DEFAULT_MEASURE;
  if (text === 'childcare' || text === 'reach') return { type: text };
  const [prefix, value = ''] = text.split(':', 2) as [string, string | undefined];
  if (prefix === 'kind' && member<FindingKind>(FINDING_KINDS, value)) return { type: 'findings', filter: { kind: value } };
  if (prefix === 'severity' && member<Severity>(SEVERITIES, value)) return { type: 'findings', filter: { severity: value } };
  if (prefix === 'rule' && member<RuleId>(RULE_IDS, value)) return { type: 'findings', filter: { rule: value } };
  if (prefix === 'coverage' && member<NetworkType>(NETWORK_TYPES, value)) return { type: 'coverage', networkType: value };
  return DEFAULT_MEASURE;
}

/** The classes of a categorical measure, in legend order. */
export const COVERAGE_CLASSES = ['none', 'one', 'several'] as const;
export const CHILDCARE_CLASSES = ['belowHalf', 'below', 'enough', 'unknown'] as const;
export type CoverageClass = (typeof COVERAGE_CLASSES)[number];
export type ChildcareClass = (typeof CHILDCARE_CLASSES)[number];

export type MeasureClasses =
  | { type: 'count'; classes: CountClass[] }
  | { type: 'coverage'; classes: typeof COVERAGE_CLASSES }
  | { type: 'childcare'; classes: typeof CHILDCARE_CLASSES };

export interface MeasureReading {
  /** The number shown (findings, networks, places per 100 children, functions); undefined where unknown. */
  value: number | undefined;
  /** Index into the measure's classes. */
  classIndex: number;
}

/** How many findings of the measure's filter a municipality has. */
function findingCount(municipality: MapMunicipality, filter: TallyFilter): number {
  return countTally(municipality.findings, filter);
}

/**
 * Childcare against the threshold, read from GAP_CHILDCARE_CAPACITY's own severity so the map and the
 * findings never disagree about who is below it (the coverage figure is rounded to one decimal).
 */
function childcareClass(municipality: MapMunicipality): ChildcareClass {
  if (findingCount(municipality, { rule: 'GAP_CHILDCARE_CAPACITY', severity: 'high' }) > 0) return 'belowHalf';
  if (findingCount(municipality, { rule: 'GAP_CHILDCARE_CAPACITY', severity: 'medium' }) > 0) return 'below';
  return municipality.childcarePer100 === undefined ? 'unknown' : 'enough';
}

function rawValue(measure: MapMeasure, municipality: MapMunicipality): number | undefined {
  switch (measure.type) {
    case 'findings':
      return findingCount(municipality, measure.filter);
    case 'reach':
      return findingCount(municipality, { rule: 'GAP_FUNCTION_UNREACHABLE' });
    case 'coverage':
      return municipality.networks[measure.networkType]?.length ?? 0;
    case 'childcare':
      return municipality.childcarePer100;
  }
}

export interface MeasureResult {
  classes: MeasureClasses;
  /** Per NIS code. */
  readings: Map<string, MeasureReading>;
}

/** Reads the measure for every municipality, with class breaks fitted to these municipalities' values. */
export function readMeasure(measure: MapMeasure, municipalities: readonly MapMunicipality[]): MeasureResult {
  const readings = new Map<string, MeasureReading>();
  if (measure.type === 'coverage') {
    for (const municipality of municipalities) {
      const value = rawValue(measure, municipality) ?? 0;
      readings.set(municipality.nis, { value, classIndex: Math.min(value, 2) });
    }
    return { classes: { type: 'coverage', classes: COVERAGE_CLASSES }, readings };
  }
  if (measure.type === 'childcare') {
    for (const municipality of municipalities) {
      readings.set(municipality.nis, { value: municipality.childcarePer100, classIndex: CHILDCARE_CLASSES.indexOf(childcareClass(municipality)) });
    }
    return { classes: { type: 'childcare', classes: CHILDCARE_CLASSES }, readings };
  }
  const values = municipalities.map((municipality) => rawValue(measure, municipality) ?? 0);
  const classes = countClasses(values);
  municipalities.forEach((municipality, index) => {
    const value = values[index] ?? 0;
    readings.set(municipality.nis, { value, classIndex: classOf(classes, value) });
  });
  return { classes: { type: 'count', classes }, readings };
}

/** The gap rule that says a municipality lacks a network of a type, where there is one (its about.ts says which type). */
const MISSING_NETWORK_RULE: ReadonlyMap<NetworkType, RuleId> = new Map(
  RULE_IDS.flatMap((rule) => {
    const type = RULE_ABOUT[rule].missingNetworkType;
    return type === undefined ? [] : [[type, rule] as const];
  }),
);

/**
 * The findings behind a municipality's colour: those the measure counts, or for coverage the findings
 * about that network type (its gap rule, and continuity or overlap findings naming the type).
 */
export function findingsForMeasure<F extends { rule: RuleId; kind: FindingKind; severity: Severity; evidence: unknown }>(measure: MapMeasure, findings: readonly F[]): F[] {
  switch (measure.type) {
    case 'findings': {
      const { kind, severity, rule } = measure.filter;
      return findings.filter(
        (finding) =>
          (kind === undefined || finding.kind === kind) && (severity === undefined || finding.severity === severity) && (rule === undefined || finding.rule === rule),
      );
    }
    case 'childcare':
      return findings.filter((finding) => finding.rule === 'GAP_CHILDCARE_CAPACITY');
    case 'reach':
      return findings.filter((finding) => finding.rule === 'GAP_FUNCTION_UNREACHABLE');
    case 'coverage':
      return findings.filter(
        (finding) =>
          finding.rule === MISSING_NETWORK_RULE.get(measure.networkType) ||
          (finding.evidence as { networkType?: unknown } | null)?.networkType === measure.networkType,
      );
  }
}
