import { describe, expect, it } from 'vitest';
import type { MunicipalityCoverage, Reach } from '../../domain/coverage';
import type { Finding, FindingKind } from '../../domain/findings';
import type { ComparisonRow } from '../../domain/municipality-profile';
import { FUNCTIONS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '../../domain/vocabulary';
import { compareWithNeighbours, standing } from './neighbour-comparison';
import { indexFacts } from './profile-facts';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';

/** A coverage row covered by one network per given type, reaching the given functions locally. */
function row(nis: string, name: string, types: NetworkType[], functions: OfferFunction[], per100?: number): MunicipalityCoverage {
  return {
    municipality: { id: `nis:${nis}`, label: 'Municipality', name, nis },
    zones: [],
    networks: Object.fromEntries(
      NETWORK_TYPES.map((type) => [type, types.includes(type) ? [{ id: `net:${type}-${nis}`, label: 'Network', name: type }] : []]),
    ) as MunicipalityCoverage['networks'],
    reach: Object.fromEntries(FUNCTIONS.map((fn): [OfferFunction, Reach] => [fn, functions.includes(fn) ? 'local' : 'none'])) as MunicipalityCoverage['reach'],
    childcare: { places: 0, ...(per100 !== undefined ? { per100 } : {}) },
  };
}

function finding(subject: string, kind: FindingKind, n: number): Finding {
  return { id: `X:${subject}:${n}`, rule: 'GAP_NO_LOK', kind, severity: 'low', subject, related: [], message: { nl: '', en: '' }, evidence: { key: '' } };
}

const zero = { gap: 0, overlap: 0, conflict: 0, boundary: 0 };

describe('compareWithNeighbours', () => {
  const own = row('93001', 'Zelf', ['LOK', 'GBO'], ['onthaal'], 20);
  const neighbours = [
    row('93003', 'Cees', ['LOK', 'GBO', 'BOA'], ['onthaal', 'jeugdhulp', 'thuiszorg'], 40),
    row('93002', 'Bee', ['LOK', 'GBO', 'HUIS_VAN_HET_KIND', 'OTHER'], ['onthaal', 'jeugdhulp']),
    row('93004', 'Dee', ['LOK'], ['onthaal'], 20),
  ];
  const findings = [finding('nis:93001', 'gap', 1), finding('nis:93001', 'conflict', 2), finding('nis:93002', 'gap', 3), finding('net:x', 'gap', 4)];
  const comparison = compareWithNeighbours(own, neighbours, findings);

  it('puts the municipality first and its neighbours by name, with types, reach, childcare and findings', () => {
    expect(comparison.rows).toEqual([
      { municipality: own.municipality, self: true, networkTypes: ['LOK', 'GBO'], functionsReachable: 1, childcarePer100: 20, findings: { ...zero, gap: 1, conflict: 1 } },
      { municipality: neighbours[1]!.municipality, self: false, networkTypes: ['HUIS_VAN_HET_KIND', 'LOK', 'GBO'], functionsReachable: 2, findings: { ...zero, gap: 1 } },
      { municipality: neighbours[0]!.municipality, self: false, networkTypes: ['LOK', 'BOA', 'GBO'], functionsReachable: 3, childcarePer100: 40, findings: zero },
      { municipality: neighbours[2]!.municipality, self: false, networkTypes: ['LOK'], functionsReachable: 1, childcarePer100: 20, findings: zero },
    ]);
  });

  it('says where it stands: fewer types and functions than most, childcare and findings alike or more', () => {
    expect(comparison.standings).toEqual([
      { measure: 'networkTypes', value: 2, neighboursHigher: 2, neighboursLower: 1, neighboursEqual: 0, position: 'fewer' },
      { measure: 'functionsReachable', value: 1, neighboursHigher: 2, neighboursLower: 0, neighboursEqual: 1, position: 'fewer' },
      // Bee's number of children is unknown: two neighbours compared, one higher, one equal.
      { measure: 'childcarePer100', value: 20, neighboursHigher: 1, neighboursLower: 0, neighboursEqual: 1, position: 'alike' },
      { measure: 'findings', value: 2, neighboursHigher: 0, neighboursLower: 3, neighboursEqual: 0, position: 'more' },
    ]);
  });
});

describe('standing', () => {
  const values = (value: number | undefined): ComparisonRow => ({
    municipality: { id: 'nis:93009', label: 'Municipality', name: 'X', nis: '93009' },
    self: false,
    networkTypes: [],
    functionsReachable: 0,
    ...(value !== undefined ? { childcarePer100: value } : {}),
    findings: zero,
  });

  it('needs more than half of the neighbours on one side', () => {
    expect(standing('childcarePer100', values(10), [values(20), values(5)]).position).toBe('alike');
    expect(standing('childcarePer100', values(10), [values(20), values(30), values(5)]).position).toBe('fewer');
    expect(standing('childcarePer100', values(10), [values(2), values(3), values(50)]).position).toBe('more');
  });

  it('has no value or position without a value of its own, and no position without neighbours to compare', () => {
    expect(standing('childcarePer100', values(undefined), [values(20)])).toEqual({ measure: 'childcarePer100', neighboursHigher: 0, neighboursLower: 0, neighboursEqual: 0 });
    expect(standing('childcarePer100', values(10), [values(undefined)])).toEqual({ measure: 'childcarePer100', value: 10, neighboursHigher: 0, neighboursLower: 0, neighboursEqual: 0 });
  });
});

describe('the comparison of Anker with Berg and Cluis (profile-test-dataset.ts)', async () => {
  const index = indexFacts(await factsOf(ankerDataset(), ANKER));
  const own = index.coverage(ANKER)!;
  const comparison = compareWithNeighbours(own, index.neighbours.map((id) => index.coverage(id)!), index.facts.findings);

  it('counts what the rules and coverage say of each', () => {
    expect(comparison.rows.map((r) => [r.municipality.name, r.networkTypes, r.functionsReachable, r.childcarePer100, r.findings])).toEqual([
      ['Anker', ['LOK', 'BOA', 'GBO'], 4, 28, { gap: 6, overlap: 0, conflict: 3, boundary: 1 }],
      ['Berg', ['HUIS_VAN_HET_KIND', 'BOA'], 4, 0, { gap: 6, overlap: 0, conflict: 0, boundary: 3 }],
      ['Cluis', [], 3, undefined, { gap: 7, overlap: 0, conflict: 0, boundary: 3 }],
    ]);
    expect(comparison.standings.map((s) => s.position)).toEqual(['more', 'alike', 'more', 'alike']);
  });
});
