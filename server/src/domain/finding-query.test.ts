import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding } from './findings';
import { filterFindings, parseFindingQuery, parseRuleParameters } from './finding-query';

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'GAP_NO_LOK:nis:90001',
  rule: 'GAP_NO_LOK',
  kind: 'gap',
  severity: 'medium',
  subject: 'nis:90001',
  related: [],
  message: { nl: '', en: '' },
  evidence: { key: '' },
  ...overrides,
});

describe('parseFindingQuery', () => {
  it('keeps every default when nothing is given', () => {
    expect(parseFindingQuery({})).toEqual({ filter: { rules: [...RULE_IDS] }, parameters: DEFAULT_RULE_PARAMETERS });
  });

  it('reads filters and thresholds, with bare NIS codes and zone slugs', () => {
    const query = parseFindingQuery({
      rule: 'GAP_NO_LOK,GAP_NO_GBO',
      kind: 'gap',
      severity: 'high',
      zone: 'amalo',
      municipality: '11002',
      childcarePer100: '40',
      zorgraadSectors: 'jeugdhulp, caw',
      reachFunctions: 'jeugdhulp',
      forumLoad: '3',
      unequalRatio: '0.25',
      year: '2024',
    });
    expect(query.filter).toEqual({ rules: ['GAP_NO_LOK', 'GAP_NO_GBO'], kind: 'gap', severity: 'high', zone: 'zone:amalo', municipality: 'nis:11002' });
    expect(query.parameters).toEqual({
      zorgraadSectors: ['jeugdhulp', 'caw'],
      childcarePer100: 40,
      reachFunctions: ['jeugdhulp'],
      forumLoad: 3,
      unequalRatio: 0.25,
      year: 2024,
    });
  });

  it.each([
    [{ kind: 'gaps' }, 'kind: expected one of gap, overlap, conflict, boundary'],
    [{ rule: 'GAP_NOPE' }, 'rule: expected rule ids separated by commas, of'],
    [{ childcarePer100: '-3' }, 'childcarePer100: expected a number above 0'],
    [{ childcarePer100: 'veel' }, 'childcarePer100: expected a number'],
    [{ forumLoad: '2.5' }, 'forumLoad: expected a whole number'],
    [{ unequalRatio: '2' }, 'unequalRatio: expected at most 1'],
    [{ zorgraadSectors: 'jeugdhulp,kapper' }, 'zorgraadSectors: expected sectors separated by commas, of'],
    [{ municipality: 'Gent' }, 'municipality: expected a NIS code'],
    [{ year: '1800' }, 'year: expected a year from 1900'],
    [{ colour: 'red' }, 'colour: unknown parameter'],
  ])('refuses %o naming the parameter', (raw, message) => {
    expect(() => parseFindingQuery(raw)).toThrow(message);
  });
});

describe('parseRuleParameters', () => {
  it('reads thresholds and refuses filters, naming the parameter', () => {
    expect(parseRuleParameters({})).toEqual(DEFAULT_RULE_PARAMETERS);
    expect(parseRuleParameters({ zorgraadSectors: 'caw,ocmw', forumLoad: '2' })).toEqual({ ...DEFAULT_RULE_PARAMETERS, zorgraadSectors: ['caw', 'ocmw'], forumLoad: 2 });
    expect(() => parseRuleParameters({ zone: 'amalo' })).toThrow('zone: unknown parameter (expected one of zorgraadSectors, childcarePer100, reachFunctions, forumLoad, unequalRatio, year)');
    expect(() => parseRuleParameters({ zorgraadSectors: 'kinderen' })).toThrow(/^zorgraadSectors: expected sectors/);
  });
});

describe('filterFindings', () => {
  const lok = finding({});
  const gbo = finding({ id: 'GAP_GBO_PARTNER_MISSING:net:gbo:caw', rule: 'GAP_GBO_PARTNER_MISSING', severity: 'high', subject: 'net:gbo', related: ['nis:90002'] });
  const crossing = finding({ id: 'BOUNDARY_ORG_CROSSES_ZONES:org:caw', rule: 'BOUNDARY_ORG_CROSSES_ZONES', kind: 'boundary', severity: 'low', subject: 'org:caw', related: ['zone:oost', 'zone:west'] });
  const all = [lok, gbo, crossing];

  it('filters by rule, kind and severity', () => {
    expect(filterFindings(all, { rules: ['GAP_NO_LOK', 'BOUNDARY_ORG_CROSSES_ZONES'] })).toEqual([lok, crossing]);
    expect(filterFindings(all, { rules: [...RULE_IDS], kind: 'boundary' })).toEqual([crossing]);
    expect(filterFindings(all, { rules: [...RULE_IDS], severity: 'high' })).toEqual([gbo]);
  });

  it('keeps findings whose subject or related nodes are the municipality', () => {
    expect(filterFindings(all, { rules: [...RULE_IDS], municipality: 'nis:90002' })).toEqual([gbo]);
  });

  it('keeps findings about the zone or its municipalities', () => {
    expect(filterFindings(all, { rules: [...RULE_IDS], zone: 'zone:west' }, new Set(['nis:90001']))).toEqual([lok, crossing]);
  });
});
