// Worked examples of BOUNDARY_NETWORK_CROSSES_ZONES, BOUNDARY_CONTINUITY and BOUNDARY_ORG_CROSSES_ZONES (bovenlokaal, nabij).
import { describe, expect, it } from 'vitest';
import { boundaryContinuityMessage } from './boundary-continuity/message';
import { boundaryNetworkCrossesZonesMessage } from './boundary-network-crosses-zones/message';
import { boundaryOrgCrossesZonesMessage } from './boundary-org-crosses-zones/message';
import { boundaryContinuity } from './boundary-continuity/detect';
import { boundaryNetworkCrossesZones } from './boundary-network-crosses-zones/detect';
import { boundaryOrgCrossesZones } from './boundary-org-crosses-zones/detect';
import { graphOf, municipalities, namesIn, run } from './other-rules.test-graph';

// 30000 is in West, 30001 in West and Oost, 30002 in Oost, 30003 in no zone.
// Borders: 30000–30001, 30001–30002 (written the other way round), 30001–30003.
const graph = graphOf({
  municipalities: municipalities('30000', '30001', '30002', '30003'),
  adjacency: [
    { nis_a: '30000', nis_b: '30001' },
    { nis_a: '30002', nis_b: '30001' },
    { nis_a: '30001', nis_b: '30003' },
  ],
  zones: [
    { id: 'west', name: 'ELZ West' },
    { id: 'oost', name: 'ELZ Oost' },
  ],
  zone_members: [
    { zone_id: 'west', nis: '30000' },
    { zone_id: 'west', nis: '30001' },
    { zone_id: 'oost', nis: '30001' },
    { zone_id: 'oost', nis: '30002' },
  ],
  networks: [
    { id: 'lok', type: 'LOK', name: 'LOK Grensland', governance_model: false },
    { id: 'hvhk', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind West', governance_model: false },
    { id: 'boa', type: 'BOA', name: 'BOA Buiten', governance_model: false },
  ],
  network_coverage: [
    { network_id: 'lok', nis: '30000' },
    { network_id: 'lok', nis: '30001' },
    { network_id: 'hvhk', nis: '30000' },
    { network_id: 'boa', nis: '30003' },
  ],
  organisations: [
    { id: 'zorg', name: 'Zorg over de grens', legal_form: 'nonprofit', sector: 'thuiszorg' },
    { id: 'lokaal', name: 'Lokale dienst', legal_form: 'public', sector: 'ocmw' },
    { id: 'grens', name: 'Grenspunt', legal_form: 'nonprofit', sector: 'caw' },
    { id: 'buiten', name: 'Buitenpost', legal_form: 'nonprofit', sector: 'caw' },
  ],
  offers: [
    { id: 'zorg-1', org_id: 'zorg', function: 'thuiszorg', nis: '30000' },
    { id: 'lokaal-1', org_id: 'lokaal', function: 'onthaal', nis: '30000' },
    { id: 'grens-1', org_id: 'grens', function: 'onthaal', nis: '30001' },
    { id: 'buiten-1', org_id: 'buiten', function: 'onthaal', nis: '30003' },
  ],
  offer_serves: [{ offer_id: 'zorg-1', nis: '30002' }],
});
const name = namesIn(graph);

describe('BOUNDARY_NETWORK_CROSSES_ZONES', () => {
  it('flags a network whose municipalities together lie in two zones (one municipality in two zones is enough)', () => {
    expect(run(boundaryNetworkCrossesZones, graph)).toEqual([
      {
        rule: 'BOUNDARY_NETWORK_CROSSES_ZONES',
        subject: 'net:lok',
        key: '',
        severity: 'low',
        related: ['zone:oost', 'zone:west'],
        evidence: { zones: ['zone:oost', 'zone:west'] },
      },
    ]);
  });

  it('names the network and zones in both languages', () => {
    const message = boundaryNetworkCrossesZonesMessage(run(boundaryNetworkCrossesZones, graph)[0]!, name);
    for (const text of [message.nl, message.en]) for (const part of ['LOK Grensland', 'ELZ West', 'ELZ Oost', '2']) expect(text).toContain(part);
  });
});

describe('BOUNDARY_CONTINUITY', () => {
  it('gives one finding per uncovered municipality, network type and covered neighbour, reading borders both ways', () => {
    expect(run(boundaryContinuity, graph).map((found) => [found.subject, found.key, found.severity, found.related])).toEqual([
      ['nis:30001', 'BOA|nis:30003', 'low', ['net:boa', 'nis:30003']],
      ['nis:30001', 'HUIS_VAN_HET_KIND|nis:30000', 'low', ['net:hvhk', 'nis:30000']],
      ['nis:30002', 'LOK|nis:30001', 'low', ['net:lok', 'nis:30001']],
      ['nis:30003', 'LOK|nis:30001', 'low', ['net:lok', 'nis:30001']],
    ]);
    expect(run(boundaryContinuity, graph)[2]!.evidence).toEqual({ networkType: 'LOK', neighbour: 'nis:30001', neighbourNetworks: ['net:lok'] });
  });

  it('names both municipalities and the neighbour’s network in both languages', () => {
    const message = boundaryContinuityMessage(run(boundaryContinuity, graph)[2]!, name);
    for (const text of [message.nl, message.en]) for (const part of ['Gemeente 30002', 'Gemeente 30001', 'LOK Grensland']) expect(text).toContain(part);
  });
});

describe('BOUNDARY_ORG_CROSSES_ZONES', () => {
  it('counts the zones of where offers are located and whom they serve', () => {
    expect(run(boundaryOrgCrossesZones, graph).map((found) => [found.subject, found.related, found.evidence])).toEqual([
      ['org:grens', ['zone:oost', 'zone:west'], { zones: ['zone:oost', 'zone:west'] }],
      ['org:zorg', ['zone:oost', 'zone:west'], { zones: ['zone:oost', 'zone:west'] }],
    ]);
  });

  it('names the organisation and zones in both languages', () => {
    const zorg = run(boundaryOrgCrossesZones, graph).find((found) => found.subject === 'org:zorg')!;
    const message = boundaryOrgCrossesZonesMessage(zorg, name);
    for (const text of [message.nl, message.en]) for (const part of ['Zorg over de grens', 'ELZ West', 'ELZ Oost', 'zorgraden']) expect(text).toContain(part);
  });
});

describe('the shared facts follow the graph', () => {
  it('sees a relationship added after a first run', () => {
    const changing = graphOf({ municipalities: municipalities('30000', '30001'), zones: [{ id: 'west', name: 'West' }, { id: 'oost', name: 'Oost' }] });
    changing.addDirectedEdgeWithKey('a', 'nis:30000', 'zone:west', { type: 'IN_ZONE', properties: {} });
    expect(run(boundaryOrgCrossesZones, changing)).toEqual([]);
    expect(run(boundaryNetworkCrossesZones, changing)).toEqual([]);
    changing.addNode('net:n', { label: 'Network', properties: { type: 'LOK', name: 'N', governanceModel: false } });
    changing.addDirectedEdgeWithKey('b', 'net:n', 'nis:30000', { type: 'COVERS', properties: {} });
    changing.addDirectedEdgeWithKey('c', 'nis:30000', 'zone:oost', { type: 'IN_ZONE', properties: {} });
    expect(run(boundaryNetworkCrossesZones, changing).map((found) => found.subject)).toEqual(['net:n']);
  });
});
