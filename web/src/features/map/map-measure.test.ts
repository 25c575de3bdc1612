import type { MapMunicipality } from '@knooppunt/server/domain/map-overview';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@knooppunt/server/domain/findings';
import type { NetworkType } from '@knooppunt/server/domain/vocabulary';
import { DEFAULT_MEASURE, findingsForMeasure, parseMeasure, readMeasure, serialiseMeasure, type MapMeasure } from './map-measure';

function municipality(nis: string, partial: Partial<MapMunicipality> = {}): MapMunicipality {
  return { nis, name: `M${nis}`, zones: [], networks: {}, findings: {}, ...partial };
}

const municipalities = [
  municipality('11001', { findings: { GAP_NO_LOK: { medium: 1 }, BOUNDARY_CONTINUITY: { low: 2 } }, networks: { LOK: ['net:a', 'net:b'] }, childcarePer100: 40 }),
  municipality('11002', { findings: { GAP_CHILDCARE_CAPACITY: { high: 1 }, GAP_FUNCTION_UNREACHABLE: { medium: 2 } }, networks: { LOK: ['net:a'] }, childcarePer100: 10 }),
  municipality('11003', { findings: { GAP_CHILDCARE_CAPACITY: { medium: 1 } }, childcarePer100: 20 }),
  municipality('11004'),
];

describe('the measure in the URL', () => {
  it('round-trips every form', () => {
    const measures: MapMeasure[] = [
      DEFAULT_MEASURE,
      { type: 'findings', filter: { kind: 'gap' } },
      { type: 'findings', filter: { severity: 'high' } },
      { type: 'findings', filter: { rule: 'GAP_NO_LOK' } },
      { type: 'coverage', networkType: 'HUIS_VAN_HET_KIND' },
      { type: 'childcare' },
      { type: 'reach' },
    ];
    for (const measure of measures) expect(parseMeasure(serialiseMeasure(measure))).toEqual(measure);
  });

  it('falls back to all findings for anything unknown', () => {
    for (const text of ['', 'rule:NOPE', 'kind:', 'coverage:lok', 'findings:extra:x', null]) expect(parseMeasure(text)).toEqual(DEFAULT_MEASURE);
  });
});

describe('readMeasure', () => {
  it('counts findings per municipality through the filter', () => {
    const all = readMeasure(DEFAULT_MEASURE, municipalities).readings;
    expect([...all.values()].map((reading) => reading.value)).toEqual([3, 3, 1, 0]);
    const boundary = readMeasure({ type: 'findings', filter: { kind: 'boundary' } }, municipalities).readings;
    expect(boundary.get('11001')).toEqual({ value: 2, classIndex: 1 });
    expect(boundary.get('11002')).toEqual({ value: 0, classIndex: 0 });
  });

  it('classes coverage as none, one, or several networks', () => {
    const lok = readMeasure({ type: 'coverage', networkType: 'LOK' }, municipalities).readings;
    expect(['11001', '11002', '11003'].map((nis) => lok.get(nis)?.classIndex)).toEqual([2, 1, 0]);
  });

  it("classes childcare by GAP_CHILDCARE_CAPACITY's severity, and unknown without a figure", () => {
    const result = readMeasure({ type: 'childcare' }, municipalities);
    if (result.classes.type !== 'childcare') throw new Error('expected childcare classes');
    const names = ['11001', '11002', '11003', '11004'].map((nis) => result.classes.classes[result.readings.get(nis)!.classIndex]);
    expect(names).toEqual(['enough', 'belowHalf', 'below', 'unknown']);
    expect(result.readings.get('11002')?.value).toBe(10);
  });

  it('counts the functions out of reach', () => {
    expect(readMeasure({ type: 'reach' }, municipalities).readings.get('11002')?.value).toBe(2);
  });
});

describe('findingsForMeasure', () => {
  const finding = (rule: Finding['rule'], kind: Finding['kind'], severity: Finding['severity'], evidence: object = {}) => ({ rule, kind, severity, evidence });
  const findings = [
    finding('GAP_NO_LOK', 'gap', 'medium'),
    finding('BOUNDARY_CONTINUITY', 'boundary', 'low', { networkType: 'LOK' }),
    finding('BOUNDARY_CONTINUITY', 'boundary', 'low', { networkType: 'GBO' }),
    finding('GAP_CHILDCARE_CAPACITY', 'gap', 'high'),
    finding('CONFLICT_REGIE_ACTOR', 'conflict', 'high'),
  ];

  it('keeps what a findings measure counts', () => {
    expect(findingsForMeasure({ type: 'findings', filter: { severity: 'high' } }, findings).map((f) => f.rule)).toEqual(['GAP_CHILDCARE_CAPACITY', 'CONFLICT_REGIE_ACTOR']);
    expect(findingsForMeasure(DEFAULT_MEASURE, findings)).toHaveLength(5);
  });

  it('keeps the findings about a network type for its coverage', () => {
    const lok = findingsForMeasure({ type: 'coverage', networkType: 'LOK' }, findings);
    expect(lok.map((f) => `${f.rule}:${(f.evidence as { networkType?: string }).networkType ?? ''}`)).toEqual(['GAP_NO_LOK:', 'BOUNDARY_CONTINUITY:LOK']);
  });

  it('keeps each network type’s own gap rule (its about.ts names the type) for its coverage, and none for a type without one', () => {
    const gaps = [
      finding('GAP_NO_BOA_REGIE', 'gap', 'medium'),
      finding('GAP_NO_HUIS_VAN_HET_KIND', 'gap', 'high'),
      finding('GAP_NO_ZONE', 'gap', 'high'),
      finding('GAP_ZORGRAAD_MISSING', 'gap', 'high'),
    ];
    const rulesFor = (networkType: NetworkType) => findingsForMeasure({ type: 'coverage', networkType }, gaps).map((f) => f.rule);
    expect(rulesFor('BOA')).toEqual(['GAP_NO_BOA_REGIE']);
    expect(rulesFor('HUIS_VAN_HET_KIND')).toEqual(['GAP_NO_HUIS_VAN_HET_KIND']);
    expect(rulesFor('ZORGRAAD')).toEqual([]);
  });

  it('keeps the childcare gap for childcare', () => {
    expect(findingsForMeasure({ type: 'childcare' }, findings).map((f) => f.rule)).toEqual(['GAP_CHILDCARE_CAPACITY']);
  });
});
