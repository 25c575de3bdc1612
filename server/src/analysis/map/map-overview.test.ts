import { describe, expect, it } from 'vitest';
import type { CoverageResponse, MunicipalityCoverage } from '../../domain/coverage';
import type { Finding } from '../../domain/findings';
import { FUNCTIONS, NETWORK_TYPES } from '../../domain/vocabulary';
import { countTally } from '../../domain/rule-tally';
import { mapOverview } from './map-overview';

function row(nis: string, zones: string[], lok: string[] = []): MunicipalityCoverage {
  return {
    municipality: { id: `nis:${nis}`, label: 'Municipality', name: `M${nis}`, nis },
    zones,
    networks: Object.fromEntries(NETWORK_TYPES.map((type) => [type, type === 'LOK' ? lok.map((id) => ({ id, label: 'Network' as const, name: id })) : []])) as MunicipalityCoverage['networks'],
    reach: Object.fromEntries(FUNCTIONS.map((f) => [f, 'none'])) as MunicipalityCoverage['reach'],
    childcare: { places: 0 },
  };
}

function finding(partial: Pick<Finding, 'rule' | 'subject' | 'related' | 'severity'> & { evidence?: object }): Finding {
  return { id: `${partial.rule}:${partial.subject}:${partial.related.join('|')}`, kind: 'gap', message: { nl: '', en: '' }, evidence: {}, ...partial } as Finding;
}

const coverage: CoverageResponse = { municipalities: [row('11001', ['zone:a'], ['net:lok-1']), row('11002', ['zone:a', 'zone:b']), row('11003', [])] };
const zones = [
  { id: 'zone:a', name: 'A', municipalityCount: 2, hasZorgraad: false },
  { id: 'zone:b', name: 'B', municipalityCount: 1, hasZorgraad: false },
];

describe('mapOverview', () => {
  const findings = [
    finding({ rule: 'GAP_NO_LOK', subject: 'nis:11002', related: [], severity: 'medium' }),
    finding({
      rule: 'BOUNDARY_CONTINUITY',
      subject: 'nis:11002',
      related: ['nis:11001', 'net:lok-1'],
      severity: 'low',
      evidence: { networkType: 'LOK', neighbour: 'nis:11001', neighbourNetworks: ['net:lok-1'] },
    }),
    finding({ rule: 'GAP_ZORGRAAD_MISSING', subject: 'zone:b', related: [], severity: 'high' }),
    finding({ rule: 'OVERLAP_FORUM_LOAD', subject: 'org:x', related: ['nis:11003'], severity: 'low' }),
  ];
  const map = mapOverview(coverage, zones, findings);
  const byNis = new Map(map.municipalities.map((m) => [m.nis, m]));

  it('counts a finding for its subject and every related municipality', () => {
    expect(countTally(byNis.get('11001')!.findings)).toBe(1);
    expect(countTally(byNis.get('11002')!.findings)).toBe(2);
    expect(countTally(byNis.get('11003')!.findings, { rule: 'OVERLAP_FORUM_LOAD' })).toBe(1);
  });

  it('counts a finding once per zone it touches, directly or through a municipality', () => {
    const zone = new Map(map.zones.map((z) => [z.id, z]));
    expect(countTally(zone.get('zone:a')!.findings)).toBe(2);
    // B: the missing zorgraad, and 11002's two findings (11002 lies in both zones).
    expect(countTally(zone.get('zone:b')!.findings)).toBe(3);
    expect(zone.get('zone:a')!.municipalities).toEqual(['11001', '11002']);
    expect(countTally(map.findings)).toBe(4);
  });

  it('places the continuity finding on its pair and keeps the networks per municipality', () => {
    expect(map.continuity).toEqual([{ finding: findings[1]!.id, networkType: 'LOK', uncovered: '11002', covered: '11001' }]);
    expect(byNis.get('11001')!.networks).toEqual({ LOK: ['net:lok-1'] });
    expect(map.networks).toEqual([{ id: 'net:lok-1', name: 'net:lok-1', type: 'LOK' }]);
  });
});
