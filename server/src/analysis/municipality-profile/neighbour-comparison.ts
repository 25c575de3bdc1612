// How a municipality compares with its neighbours: network types covering it, functions within reach,
// childcare places per 100 children, findings by kind; and where it stands on each (bovenlokaal: a gap
// next door is a reason to work together, a gap only here is a reason to ask why).
import type { MunicipalityCoverage } from '../../domain/coverage';
import type { Finding } from '../../domain/findings';
import { COMPARISON_MEASURES, type ComparisonMeasure, type ComparisonRow, type NeighbourComparison, type Standing } from '../../domain/municipality-profile';
import { FUNCTIONS } from '../../domain/vocabulary';
import { CHECKLIST_NETWORK_TYPES } from './checklist';
import { countByKind } from './finding-topics';
import { byName } from './profile-facts';

function comparisonRow(row: MunicipalityCoverage, self: boolean, findings: readonly Finding[]): ComparisonRow {
  const id = row.municipality.id;
  return {
    municipality: row.municipality,
    self,
    // A zorgraad is COUNCIL_OF a zone and covers no municipality, so it never shows here.
    networkTypes: CHECKLIST_NETWORK_TYPES.filter((type) => row.networks[type].length > 0),
    functionsReachable: FUNCTIONS.filter((fn) => row.reach[fn] !== 'none').length,
    ...(row.childcare.per100 !== undefined ? { childcarePer100: row.childcare.per100 } : {}),
    findings: countByKind(findings.filter((finding) => finding.subject === id)),
  };
}

const MEASURE: Record<ComparisonMeasure, (row: ComparisonRow) => number | undefined> = {
  networkTypes: (row) => row.networkTypes.length,
  functionsReachable: (row) => row.functionsReachable,
  childcarePer100: (row) => row.childcarePer100,
  findings: (row) => Object.values(row.findings).reduce((sum, count) => sum + count, 0),
};

export function standing(measure: ComparisonMeasure, self: ComparisonRow, neighbours: readonly ComparisonRow[]): Standing {
  const value = MEASURE[measure](self);
  if (value === undefined) return { measure, neighboursHigher: 0, neighboursLower: 0, neighboursEqual: 0 };
  const theirs = neighbours.map(MEASURE[measure]).filter((other): other is number => other !== undefined);
  const higher = theirs.filter((other) => other > value).length;
  const lower = theirs.filter((other) => other < value).length;
  const compared = theirs.length;
  const position = compared === 0 ? undefined : higher * 2 > compared ? 'fewer' : lower * 2 > compared ? 'more' : 'alike';
  return {
    measure,
    value,
    neighboursHigher: higher,
    neighboursLower: lower,
    neighboursEqual: compared - higher - lower,
    ...(position !== undefined ? { position } : {}),
  };
}

/** `own` is the municipality's coverage row, `neighbours` its neighbours' (in any order); `findings` may hold any findings. */
export function compareWithNeighbours(
  own: MunicipalityCoverage,
  neighbours: readonly MunicipalityCoverage[],
  findings: readonly Finding[],
): NeighbourComparison {
  const self = comparisonRow(own, true, findings);
  const others = neighbours
    .map((row) => comparisonRow(row, false, findings))
    .sort((a, b) => byName(a.municipality, b.municipality));
  return { rows: [self, ...others], standings: COMPARISON_MEASURES.map((measure) => standing(measure, self, others)) };
}
