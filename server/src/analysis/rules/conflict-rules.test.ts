// Worked examples of CONFLICT_REGIE_ACTOR, CONFLICT_SELF_FUNDING and CONFLICT_UNEQUAL_SUPPORT (beheersmodel, gelijk speelveld).
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/dataset';
import { conflictRegieActorMessage } from './conflict-regie-actor/message';
import { conflictSelfFundingMessage } from './conflict-self-funding/message';
import { conflictUnequalSupportMessage } from './conflict-unequal-support/message';
import { conflictRegieActor } from './conflict-regie-actor/detect';
import { conflictSelfFunding } from './conflict-self-funding/detect';
import { conflictUnequalSupport } from './conflict-unequal-support/detect';
import { graphOf, municipalities, namesIn, run } from './other-rules.test-graph';

// 20000 directs a LOK (no beheersmodel) and a BOA network (with one) and runs childcare and out-of-school care itself;
// 20002 directs the zorgraad and sits in it as actor. The Huis van het Kind has no director, the Sociaal Huis directs no domain.
function regieDataset({ ownCapacity }: { ownCapacity?: number } = { ownCapacity: 40 }): Partial<Dataset> {
  return {
    municipalities: municipalities('20000', '20001', '20002'),
    organisations: [
      { id: 'kdv-stad', name: 'Stedelijke kinderopvang', legal_form: 'public', sector: 'kinderopvang', operated_by_nis: '20000' },
      { id: 'bko-stad', name: 'Stedelijke BKO', legal_form: 'public', sector: 'boa', operated_by_nis: '20000' },
      { id: 'gezin-stad', name: 'Stedelijk gezinspunt', legal_form: 'public', sector: 'gezinsondersteuning', operated_by_nis: '20000' },
      { id: 'kdv-vrij', name: 'Kinderdagverblijf Vrij', legal_form: 'private', sector: 'kinderopvang' },
      { id: 'kdv-vzw', name: 'Crèche vzw', legal_form: 'nonprofit', sector: 'kinderopvang' },
      { id: 'wgc', name: 'Wijkgezondheidscentrum', legal_form: 'public', sector: 'huisartsen', operated_by_nis: '20002' },
    ],
    networks: [
      { id: 'lok-a', type: 'LOK', name: 'LOK Stad', directed_by_nis: '20000', governance_model: false },
      { id: 'boa-b', type: 'BOA', name: 'BOA Regio', directed_by_nis: '20000', governance_model: true },
      { id: 'hvhk-c', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind Zonder Regie', governance_model: false },
      { id: 'zr', type: 'ZORGRAAD', name: 'Zorgraad Oost', directed_by_nis: '20002', governance_model: false },
      { id: 'sh', type: 'SOCIAAL_HUIS', name: 'Sociaal Huis Stad', directed_by_nis: '20000', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'lok-a', nis: '20000' },
      { network_id: 'lok-a', nis: '20001' },
      { network_id: 'boa-b', nis: '20001' },
      { network_id: 'hvhk-c', nis: '20000' },
      { network_id: 'sh', nis: '20000' },
    ],
    memberships: [
      { network_id: 'hvhk-c', member_id: 'nis:20000', role: 'actor' },
      { network_id: 'sh', member_id: 'nis:20000', role: 'actor' },
      { network_id: 'zr', member_id: 'nis:20002', role: 'actor' },
    ],
    offers: [
      { id: 'kdv-stad-1', org_id: 'kdv-stad', function: 'kinderopvang_baby_peuter', nis: '20000', ...(ownCapacity === undefined ? {} : { capacity: ownCapacity }) },
      // Located outside the BOA network's area, but it serves 20001, which the network covers.
      { id: 'bko-stad-1', org_id: 'bko-stad', function: 'buitenschoolse_opvang', nis: '20000', capacity: 30 },
      { id: 'gezin-stad-1', org_id: 'gezin-stad', function: 'gezinsondersteuning', nis: '20000' },
      { id: 'kdv-vrij-1', org_id: 'kdv-vrij', function: 'kinderopvang_baby_peuter', nis: '20000', capacity: 40 },
      // No capacity: only "no funding at all" can make it disadvantaged.
      { id: 'kdv-vzw-1', org_id: 'kdv-vzw', function: 'kinderopvang_baby_peuter', nis: '20000' },
      { id: 'wgc-1', org_id: 'wgc', function: 'thuiszorg', nis: '20002', capacity: 10 },
    ],
    offer_serves: [{ offer_id: 'bko-stad-1', nis: '20001' }],
    funding: [
      // kdv-stad: 3000 in 2024, 500 + 500 in 2025 (two rows, two kinds): 4000 over all years, 1000 in 2025.
      { nis: '20000', org_id: 'kdv-stad', year: 2024, amount: 3000, kind: 'subsidie' },
      { nis: '20000', org_id: 'kdv-stad', year: 2025, amount: 500, kind: 'subsidie' },
      { nis: '20000', org_id: 'kdv-stad', year: 2025, amount: 500, kind: 'personeel' },
      { nis: '20000', org_id: 'bko-stad', year: 2025, amount: 2000, kind: 'subsidie' },
      { nis: '20000', org_id: 'kdv-vrij', year: 2024, amount: 1000, kind: 'subsidie' },
      { nis: '20002', org_id: 'wgc', year: 2024, amount: 500, kind: 'subsidie' },
    ],
  };
}

describe('CONFLICT_REGIE_ACTOR', () => {
  const graph = graphOf(regieDataset());

  it('finds each directed network where the director also acts, by operated offers or by an actor seat', () => {
    expect(run(conflictRegieActor, graph)).toEqual([
      {
        rule: 'CONFLICT_REGIE_ACTOR',
        subject: 'nis:20000',
        key: 'net:boa-b',
        severity: 'medium',
        related: ['net:boa-b', 'org:bko-stad'],
        evidence: { network: 'net:boa-b', domains: ['boa'], governanceModel: true, actorMember: false, organisations: ['org:bko-stad'] },
      },
      {
        rule: 'CONFLICT_REGIE_ACTOR',
        subject: 'nis:20000',
        key: 'net:lok-a',
        severity: 'high',
        related: ['net:lok-a', 'org:kdv-stad'],
        evidence: { network: 'net:lok-a', domains: ['kinderopvang'], governanceModel: false, actorMember: false, organisations: ['org:kdv-stad'] },
      },
      {
        // A zorgraad covers nothing: only the actor seat counts, not the operated home-care offer.
        rule: 'CONFLICT_REGIE_ACTOR',
        subject: 'nis:20002',
        key: 'net:zr',
        severity: 'high',
        related: ['net:zr'],
        evidence: { network: 'net:zr', domains: ['eerstelijn'], governanceModel: false, actorMember: true, organisations: [] },
      },
    ]);
  });

  it('words the regie, the organisations and the missing beheersmodel in both languages', () => {
    const lok = run(conflictRegieActor, graph).find((found) => found.key === 'net:lok-a')!;
    const message = conflictRegieActorMessage(lok, namesIn(graph));
    for (const text of [message.nl, message.en]) {
      expect(text).toContain('Gemeente 20000');
      expect(text).toContain('LOK Stad');
      expect(text).toContain('Stedelijke kinderopvang');
    }
    expect(message.nl).toContain('beheersmodel');
    expect(message.nl).toContain('rolconflicten');
  });
});

describe('CONFLICT_SELF_FUNDING', () => {
  const graph = graphOf(regieDataset());

  it('sums funding over years and rows, counting offers of the domain anywhere', () => {
    expect(run(conflictSelfFunding, graph).map((found) => [found.subject, found.key, found.severity, found.evidence])).toEqual([
      ['nis:20000', 'net:boa-b', 'high', { network: 'net:boa-b', organisations: ['org:bko-stad'], amount: 2000 }],
      ['nis:20000', 'net:lok-a', 'high', { network: 'net:lok-a', organisations: ['org:kdv-stad'], amount: 4000 }],
      ['nis:20002', 'net:zr', 'high', { network: 'net:zr', organisations: ['org:wgc'], amount: 500 }],
    ]);
  });

  it('counts only the given year when `year` is set', () => {
    expect(run(conflictSelfFunding, graph, { year: 2025 }).map((found) => [found.key, found.evidence.amount])).toEqual([
      ['net:boa-b', 2000],
      ['net:lok-a', 1000],
    ]);
    expect(run(conflictSelfFunding, graph, { year: 2023 })).toEqual([]);
  });

  it('names the network and organisation and gives the amount in both languages', () => {
    const lok = run(conflictSelfFunding, graph).find((found) => found.key === 'net:lok-a')!;
    const message = conflictSelfFundingMessage(lok, namesIn(graph));
    expect(message.nl).toContain('€ 4.000');
    expect(message.en).toContain('€4,000');
    for (const text of [message.nl, message.en]) {
      expect(text).toContain('Gemeente 20000');
      expect(text).toContain('LOK Stad');
      expect(text).toContain('Stedelijke kinderopvang');
    }
    expect(message.nl).toContain('gelijk speelveld');
  });
});

describe('CONFLICT_UNEQUAL_SUPPORT', () => {
  const graph = graphOf(regieDataset());

  it('flags unfunded and under-funded non-public providers against the own per-place funding', () => {
    // Own: 4000 for 40 places = 100 per place. Vrij: 1000 for 40 = 25 < 0.5 × 100. Vzw: nothing at all.
    expect(run(conflictUnequalSupport, graph)).toEqual([
      {
        rule: 'CONFLICT_UNEQUAL_SUPPORT',
        subject: 'nis:20000',
        key: 'kinderopvang',
        severity: 'medium',
        related: ['org:kdv-stad', 'org:kdv-vrij', 'org:kdv-vzw'],
        evidence: { domain: 'kinderopvang', ownOrganisations: ['org:kdv-stad'], ownPerPlace: 100, disadvantaged: ['org:kdv-vrij', 'org:kdv-vzw'] },
      },
    ]);
  });

  it('does not flag a per-place share exactly at the ratio', () => {
    // 25 per place is exactly 0.25 × 100: not below it.
    expect(run(conflictUnequalSupport, graph, { unequalRatio: 0.25 })[0]!.evidence.disadvantaged).toEqual(['org:kdv-vzw']);
  });

  it('uses only the given year', () => {
    // 2025: own 1000 for 40 places = 25 per place; Vrij got nothing in 2025.
    expect(run(conflictUnequalSupport, graph, { year: 2025 })[0]!.evidence).toEqual({
      domain: 'kinderopvang',
      ownOrganisations: ['org:kdv-stad'],
      ownPerPlace: 25,
      disadvantaged: ['org:kdv-vrij', 'org:kdv-vzw'],
    });
  });

  it('without own places compares only "no funding at all"', () => {
    const noPlaces = graphOf(regieDataset({}));
    expect(run(conflictUnequalSupport, noPlaces)[0]!.evidence).toEqual({
      domain: 'kinderopvang',
      ownOrganisations: ['org:kdv-stad'],
      ownPerPlace: null,
      disadvantaged: ['org:kdv-vzw'],
    });
  });

  it('names the providers and the per-place figure in both languages', () => {
    const message = conflictUnequalSupportMessage(run(conflictUnequalSupport, graph)[0]!, namesIn(graph));
    expect(message.nl).toContain('€ 100 per plaats');
    expect(message.en).toContain('€100 per place');
    for (const text of [message.nl, message.en]) {
      for (const name of ['Gemeente 20000', 'Stedelijke kinderopvang', 'Kinderdagverblijf Vrij', 'Crèche vzw']) expect(text).toContain(name);
    }
  });
});
