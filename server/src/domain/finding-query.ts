// What a user asks of the findings (GET /api/findings, `knooppunt findings`): filters and rule parameters,
// read from plain strings (query parameters or command-line options) and checked with zod, so a bad
// value is an error that names its parameter.
import { z } from 'zod';
import {
  DEFAULT_RULE_PARAMETERS,
  FINDING_KINDS,
  RULE_IDS,
  SEVERITIES,
  type Finding,
  type FindingKind,
  type RuleId,
  type RuleParameters,
  type Severity,
} from './findings';
import { labelOfId, municipalityId, NIS_PATTERN, zoneId } from './ids';
import { FUNCTIONS, SECTORS, type OfferFunction, type Sector } from './vocabulary';

export class FindingQueryError extends Error {
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.name = 'FindingQueryError';
    this.parameter = parameter;
  }
}

export interface FindingFilter {
  rules: RuleId[];
  kind?: FindingKind;
  severity?: Severity;
  /** A zone id: keep findings about the zone or one of its municipalities (as subject or related). */
  zone?: string;
  /** A municipality id: keep findings with it as subject or related. */
  municipality?: string;
}

export interface FindingQuery {
  filter: FindingFilter;
  parameters: RuleParameters;
}

/** The names a request may use; anything else is refused, so a typo never silently means "default". */
export const FINDING_QUERY_NAMES = [
  'kind',
  'rule',
  'severity',
  'zone',
  'municipality',
  'zorgraadSectors',
  'childcarePer100',
  'reachFunctions',
  'forumLoad',
  'unequalRatio',
  'year',
] as const;

const list = <T extends string>(values: readonly T[], what: string) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((item) => item.trim()).filter((item) => item !== ''))
    .pipe(z.array(z.enum(values as unknown as [T, ...T[]], { message: `expected ${what}: ${values.join(', ')}` })));

const positiveNumber = z.coerce.number({ message: 'expected a number' }).positive('expected a number above 0');

/** How each parameter's text is read; the OpenAPI document describes the parameters from these. */
export const FINDING_QUERY_SCHEMAS = {
  kind: z.enum(FINDING_KINDS, { message: `expected one of ${FINDING_KINDS.join(', ')}` }),
  rule: list(RULE_IDS, 'rule ids separated by commas, of'),
  severity: z.enum(SEVERITIES, { message: `expected one of ${SEVERITIES.join(', ')}` }),
  zone: z.string().transform((raw) => (raw.startsWith('zone:') ? raw : zoneId(raw))),
  municipality: z
    .string()
    .transform((raw) => (NIS_PATTERN.test(raw) ? municipalityId(raw) : raw))
    .refine((id) => labelOfId(id) === 'Municipality', 'expected a NIS code (5 digits) or nis:<5 digits>'),
  zorgraadSectors: list(SECTORS, 'sectors separated by commas, of'),
  childcarePer100: positiveNumber,
  reachFunctions: list(FUNCTIONS, 'functions separated by commas, of'),
  forumLoad: z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').min(1, 'expected at least 1'),
  unequalRatio: positiveNumber.max(1, 'expected at most 1'),
  year: z.coerce.number({ message: 'expected a year' }).int('expected a year').min(1900, 'expected a year from 1900').max(2100, 'expected a year up to 2100'),
} as const;

function parse<K extends keyof typeof FINDING_QUERY_SCHEMAS>(name: K, raw: string): z.output<(typeof FINDING_QUERY_SCHEMAS)[K]> {
  const result = FINDING_QUERY_SCHEMAS[name].safeParse(raw);
  if (!result.success) throw new FindingQueryError(name, result.error.issues[0]?.message ?? 'invalid value');
  return result.data as z.output<(typeof FINDING_QUERY_SCHEMAS)[K]>;
}

/** Reads a query from name → value strings; absent or empty values keep their defaults. */
export function parseFindingQuery(raw: Readonly<Record<string, string | undefined>>): FindingQuery {
  for (const name of Object.keys(raw)) {
    if (!(FINDING_QUERY_NAMES as readonly string[]).includes(name)) {
      throw new FindingQueryError(name, `unknown parameter (expected one of ${FINDING_QUERY_NAMES.join(', ')})`);
    }
  }
  const given = (name: keyof typeof FINDING_QUERY_SCHEMAS): string | undefined => (raw[name] === undefined || raw[name] === '' ? undefined : raw[name]);
  const parameters: RuleParameters = { ...DEFAULT_RULE_PARAMETERS };
  const filter: FindingFilter = { rules: [...RULE_IDS] };
  const value = <K extends keyof typeof FINDING_QUERY_SCHEMAS>(name: K) => {
    const text = given(name);
    return text === undefined ? undefined : parse(name, text);
  };
  const rules = value('rule');
  if (rules !== undefined && rules.length > 0) filter.rules = rules as RuleId[];
  const kind = value('kind');
  if (kind !== undefined) filter.kind = kind;
  const severity = value('severity');
  if (severity !== undefined) filter.severity = severity;
  const zone = value('zone');
  if (zone !== undefined) filter.zone = zone;
  const municipality = value('municipality');
  if (municipality !== undefined) filter.municipality = municipality;
  const sectors = value('zorgraadSectors');
  if (sectors !== undefined) parameters.zorgraadSectors = sectors as Sector[];
  const functions = value('reachFunctions');
  if (functions !== undefined) parameters.reachFunctions = functions as OfferFunction[];
  parameters.childcarePer100 = value('childcarePer100') ?? parameters.childcarePer100;
  parameters.forumLoad = value('forumLoad') ?? parameters.forumLoad;
  parameters.unequalRatio = value('unequalRatio') ?? parameters.unequalRatio;
  const year = value('year');
  if (year !== undefined) parameters.year = year;
  return { filter, parameters };
}

/** The threshold parameters among those names: what an answer built on the findings, but not a list of them, takes. */
export const RULE_PARAMETER_NAMES = ['zorgraadSectors', 'childcarePer100', 'reachFunctions', 'forumLoad', 'unequalRatio', 'year'] as const;

/** Reads only rule parameters (e.g. for a zone's dashboard); a filter name or any other is refused. */
export function parseRuleParameters(raw: Readonly<Record<string, string | undefined>>): RuleParameters {
  for (const name of Object.keys(raw)) {
    if (!(RULE_PARAMETER_NAMES as readonly string[]).includes(name)) {
      throw new FindingQueryError(name, `unknown parameter (expected one of ${RULE_PARAMETER_NAMES.join(', ')})`);
    }
  }
  return parseFindingQuery(raw).parameters;
}

/**
 * Applies the filter. `zoneMunicipalities` are the municipalities of `filter.zone`: a finding is about the
 * zone when the zone or one of them is its subject or among its related nodes.
 */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter, zoneMunicipalities: ReadonlySet<string> = new Set()): Finding[] {
  const touches = (finding: Finding, ids: (id: string) => boolean) => ids(finding.subject) || finding.related.some(ids);
  return findings.filter(
    (finding) =>
      filter.rules.includes(finding.rule) &&
      (filter.kind === undefined || finding.kind === filter.kind) &&
      (filter.severity === undefined || finding.severity === filter.severity) &&
      (filter.municipality === undefined || touches(finding, (id) => id === filter.municipality)) &&
      (filter.zone === undefined || touches(finding, (id) => id === filter.zone || zoneMunicipalities.has(id))),
  );
}
