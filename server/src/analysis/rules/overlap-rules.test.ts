// Worked examples of OVERLAP_MULTIPLE_ZONES, OVERLAP_SAME_TYPE and OVERLAP_FORUM_LOAD (verbindend, geïntegreerd).
import { describe, expect, it } from 'vitest';
import { overlapForumLoadMessage } from './overlap-forum-load/message';
import { overlapMultipleZonesMessage } from './overlap-multiple-zones/message';
import { overlapSameTypeMessage } from './overlap-same-type/message';
import { graphOf, municipalities, namesIn, run } from './other-rules.test-graph';
import { overlapForumLoad } from './overlap-forum-load/detect';
import { overlapMultipleZones } from './overlap-multiple-zones/detect';
import { overlapSameType } from './overlap-same-type/detect';

describe('OVERLAP_MULTIPLE_ZONES', () => {
  const graph = graphOf({
    municipalities: municipalities('10000', '10001', '10002'),
    zones: [
      { id: 'west', name: 'ELZ West' },
      { id: 'oost', name: 'ELZ Oost' },
    ],
    // 10000 in two zones, 10001 in one, 10002 in none (that is GAP_NO_ZONE, not an overlap).
    zone_members: [
      { zone_id: 'west', nis: '10000' },
      { zone_id: 'oost', nis: '10000' },
      { zone_id: 'west', nis: '10001' },
    ],
  });

  it('flags only the municipality in two zones, high, with both zones', () => {
    expect(run(overlapMultipleZones, graph)).toEqual([
      {
        rule: 'OVERLAP_MULTIPLE_ZONES',
        subject: 'nis:10000',
        key: '',
        severity: 'high',
        related: ['zone:oost', 'zone:west'],
        evidence: { zones: ['zone:oost', 'zone:west'] },
      },
    ]);
  });

  it('names the municipality and both zones in Dutch and English', () => {
    const message = overlapMultipleZonesMessage(run(overlapMultipleZones, graph)[0]!, namesIn(graph));
    for (const text of [message.nl, message.en]) {
      expect(text).toContain('Gemeente 10000');
      expect(text).toContain('ELZ Oost');
      expect(text).toContain('ELZ West');
      expect(text).toContain('2');
    }
    expect(message.nl).toContain('zorgraad');
  });
});

describe('OVERLAP_SAME_TYPE', () => {
  const graph = graphOf({
    municipalities: municipalities('10000', '10001'),
    networks: [
      { id: 'hvhk-a', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind A', governance_model: false },
      { id: 'hvhk-b', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind B', governance_model: false },
      { id: 'lok', type: 'LOK', name: 'LOK Noord', governance_model: false },
      // Two OTHER networks over one municipality are not a local network type: no overlap.
      { id: 'igs-1', type: 'OTHER', name: 'IGS 1', governance_model: false },
      { id: 'igs-2', type: 'OTHER', name: 'IGS 2', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'hvhk-a', nis: '10000' },
      { network_id: 'hvhk-b', nis: '10000' },
      { network_id: 'hvhk-a', nis: '10001' },
      { network_id: 'lok', nis: '10000' },
      { network_id: 'igs-1', nis: '10001' },
      { network_id: 'igs-2', nis: '10001' },
    ],
  });

  it('flags one finding per municipality and type with two or more networks', () => {
    expect(run(overlapSameType, graph)).toEqual([
      {
        rule: 'OVERLAP_SAME_TYPE',
        subject: 'nis:10000',
        key: 'HUIS_VAN_HET_KIND',
        severity: 'medium',
        related: ['net:hvhk-a', 'net:hvhk-b'],
        evidence: { networkType: 'HUIS_VAN_HET_KIND', networks: ['net:hvhk-a', 'net:hvhk-b'] },
      },
    ]);
  });

  it('names the municipality and both networks in Dutch and English', () => {
    const message = overlapSameTypeMessage(run(overlapSameType, graph)[0]!, namesIn(graph));
    for (const text of [message.nl, message.en]) {
      expect(text).toContain('Gemeente 10000');
      expect(text).toContain('Huis van het Kind A');
      expect(text).toContain('Huis van het Kind B');
    }
  });
});

describe('OVERLAP_FORUM_LOAD', () => {
  // "druk" sits in four networks covering 10000 (exactly the default forumLoad of 4) and three covering 10001.
  const networks = ['n1', 'n2', 'n3', 'n4'];
  const graph = graphOf({
    municipalities: municipalities('10000', '10001'),
    organisations: [
      { id: 'druk', name: 'Drukbezet vzw', legal_form: 'nonprofit', sector: 'andere' },
      { id: 'rustig', name: 'Rustig vzw', legal_form: 'nonprofit', sector: 'andere' },
    ],
    networks: networks.map((id) => ({ id, type: 'OTHER' as const, name: `Overleg ${id}`, governance_model: false })),
    network_coverage: [
      ...networks.map((network_id) => ({ network_id, nis: '10000' })),
      ...networks.slice(0, 3).map((network_id) => ({ network_id, nis: '10001' })),
    ],
    memberships: [
      ...networks.map((network_id) => ({ network_id, member_id: 'org:druk', role: 'partner' as const })),
      ...networks.slice(0, 3).map((network_id) => ({ network_id, member_id: 'org:rustig', role: 'partner' as const })),
      // A municipality is not an organisation: its own forum load is not this rule's subject.
      ...networks.map((network_id) => ({ network_id, member_id: 'nis:10000', role: 'member' as const })),
    ],
  });

  it('fires when the threshold is reached exactly, listing only the municipalities where it is reached', () => {
    expect(run(overlapForumLoad, graph)).toEqual([
      {
        rule: 'OVERLAP_FORUM_LOAD',
        subject: 'org:druk',
        key: '',
        severity: 'low',
        related: ['nis:10000'],
        evidence: { municipalities: ['nis:10000'], networkCount: 4, threshold: 4 },
      },
    ]);
  });

  it('follows the forumLoad parameter', () => {
    expect(run(overlapForumLoad, graph, { forumLoad: 5 })).toEqual([]);
    const atThree = run(overlapForumLoad, graph, { forumLoad: 3 });
    expect(atThree.map((found) => [found.subject, found.evidence])).toEqual([
      ['org:druk', { municipalities: ['nis:10000', 'nis:10001'], networkCount: 4, threshold: 3 }],
      ['org:rustig', { municipalities: ['nis:10000', 'nis:10001'], networkCount: 3, threshold: 3 }],
    ]);
  });

  it('names the organisation and municipality and gives the count and threshold in both languages', () => {
    const message = overlapForumLoadMessage(run(overlapForumLoad, graph)[0]!, namesIn(graph));
    for (const text of [message.nl, message.en]) {
      expect(text).toContain('Drukbezet vzw');
      expect(text).toContain('Gemeente 10000');
      expect(text).toContain('4');
    }
  });
});
