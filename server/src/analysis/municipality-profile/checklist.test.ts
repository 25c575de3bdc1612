import { describe, expect, it } from 'vitest';
import { checklist } from './checklist';
import { indexFacts } from './profile-facts';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';

const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);

describe('the checklist of Anker (profile-test-dataset.ts)', async () => {
  const { networkTypes, functions } = checklist(indexFacts(await factsOf(ankerDataset(), ANKER)));
  const type = (networkType: string) => networkTypes.find((check) => check.networkType === networkType)!;
  const fn = (name: string) => functions.find((check) => check.function === name)!;

  it('lists the zorgraad, the four local networks the rules expect, then the two no rule asks for', () => {
    expect(networkTypes.map((check) => [check.networkType, check.expected, check.status])).toEqual([
      ['ZORGRAAD', true, 'partial'],
      ['HUIS_VAN_HET_KIND', true, 'missing'],
      ['LOK', true, 'covered'],
      ['BOA', true, 'partial'],
      ['GBO', true, 'partial'],
      ['SOCIAAL_HUIS', false, 'missing'],
      ['ZORGZAME_BUURT', false, 'missing'],
    ]);
  });

  it('links a missing Huis van het Kind to its gap and its boundary finding', () => {
    expect(type('HUIS_VAN_HET_KIND').networks).toEqual([]);
    expect(ids(type('HUIS_VAN_HET_KIND').findings)).toEqual(['BOUNDARY_CONTINUITY:nis:91001:HUIS_VAN_HET_KIND|nis:91002', 'GAP_NO_HUIS_VAN_HET_KIND:nis:91001']);
    expect(type('HUIS_VAN_HET_KIND').findings[1]!.message.en).toContain('Anker');
  });

  it('names the zorgraad of its zone, which it does not sit in and which misses three sectors', () => {
    expect(type('ZORGRAAD').networks).toEqual([{ network: { id: 'net:zorgraad-noord', label: 'Network', name: 'Zorgraad Noord' }, directedBy: [] }]);
    expect(ids(type('ZORGRAAD').findings)).toEqual([
      'GAP_ZORGRAAD_MUNICIPALITY_ABSENT:nis:91001:zone:noord',
      'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-noord:handicap',
      'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-noord:jeugdhulp',
      'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-noord:kinderopvang',
    ]);
  });

  it('gives each covering network its regisseurs: the LOK is covered, the BOA lacks regie, the GBO a ziekenfonds', () => {
    expect(type('LOK')).toMatchObject({
      networks: [{ network: { id: 'net:lok-anker', name: 'LOK Anker' }, directedBy: [{ id: ANKER, label: 'Municipality', name: 'Anker' }] }],
      findings: [],
    });
    expect(type('BOA')).toMatchObject({ networks: [{ network: { id: 'net:boa-noord' }, directedBy: [] }] });
    expect(ids(type('BOA').findings)).toEqual(['GAP_NO_BOA_REGIE:nis:91001']);
    expect(type('GBO').networks[0]!.directedBy.map((m) => m.name)).toEqual(['Duin']);
    expect(ids(type('GBO').findings)).toEqual(['GAP_GBO_PARTNER_MISSING:net:gbo-ad:ziekenfonds']);
  });

  it('leaves findings about neighbours out: Cluis lacks the BOA that Anker has', () => {
    expect(networkTypes.flatMap((check) => ids(check.findings)).filter((id) => id.includes('91003'))).toEqual([]);
  });

  it('shows childcare as present with its offers, but below the target', () => {
    expect(fn('kinderopvang_baby_peuter')).toEqual({
      function: 'kinderopvang_baby_peuter',
      domain: 'kinderopvang',
      expected: true,
      status: 'partial',
      reach: 'local',
      offers: [
        {
          offer: { id: 'offer:kdv-anker-1', label: 'Offer', name: 'Kinderdagverblijf Anker-centrum' },
          provider: { id: 'org:kdv-anker', label: 'Organisation', name: 'Kinderdagverblijf Anker' },
          where: 'located',
          capacity: 20,
        },
        {
          offer: { id: 'offer:zon-1', label: 'Offer', name: 'kinderopvang_baby_peuter' },
          provider: { id: 'org:kdv-zon', label: 'Organisation', name: 'Kinderopvang De Zon' },
          where: 'located',
          capacity: 8,
        },
      ],
      networks: [{ id: 'net:lok-anker', label: 'Network', name: 'LOK Anker' }],
      neighbours: [],
      findings: [expect.objectContaining({ id: 'GAP_CHILDCARE_CAPACITY:nis:91001', kind: 'gap', severity: 'medium' })],
    });
  });

  it('tells jeugdhulp next door (partial) from gezinsondersteuning nowhere (missing, a finding)', () => {
    expect(fn('jeugdhulp')).toMatchObject({ expected: true, status: 'partial', reach: 'neighbour', offers: [], findings: [] });
    expect(fn('jeugdhulp').neighbours.map((m) => m.name)).toEqual(['Berg']);
    expect(fn('gezinsondersteuning')).toMatchObject({ expected: true, status: 'missing', reach: 'none', neighbours: [] });
    expect(ids(fn('gezinsondersteuning').findings)).toEqual(['GAP_FUNCTION_UNREACHABLE:nis:91001:gezinsondersteuning']);
  });

  it('counts an offer that serves Anker from Duin as covering it, under the GBO that directs onthaal', () => {
    expect(fn('schuldhulp')).toMatchObject({
      expected: false,
      status: 'covered',
      reach: 'local',
      offers: [{ offer: { id: 'offer:caw-duin' }, provider: { name: 'CAW Noord' }, where: 'serves' }],
      networks: [{ id: 'net:gbo-ad' }],
    });
  });

  it('marks a function nobody offers and no rule expects as missing without a finding', () => {
    expect(fn('thuiszorg')).toMatchObject({ expected: false, status: 'missing', reach: 'none', offers: [], findings: [] });
  });

  it('expects childcare only where the number of children is known', async () => {
    const dataset = ankerDataset();
    dataset.municipalities[0] = { nis: '91001', name: 'Anker' };
    const without = checklist(indexFacts(await factsOf(dataset, ANKER)));
    expect(without.functions.find((check) => check.function === 'kinderopvang_baby_peuter')).toMatchObject({ expected: false, status: 'covered', findings: [] });
  });

  it('follows the reachFunctions parameter', async () => {
    const other = checklist(indexFacts(await factsOf(ankerDataset(), ANKER, { reachFunctions: ['thuiszorg'] })));
    const expected = other.functions.filter((check) => check.expected).map((check) => check.function);
    expect(expected).toEqual(['kinderopvang_baby_peuter', 'thuiszorg']);
    expect(ids(other.functions.find((check) => check.function === 'thuiszorg')!.findings)).toEqual(['GAP_FUNCTION_UNREACHABLE:nis:91001:thuiszorg']);
  });
});
