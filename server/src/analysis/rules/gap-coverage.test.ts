// Worked examples for GAP_NO_ZONE, GAP_NO_HUIS_VAN_HET_KIND, GAP_NO_LOK, GAP_NO_GBO and GAP_NO_BOA_REGIE (nabij; BOA regie).
import { describe, expect, it } from 'vitest';
import { gapNoBoaRegie } from './gap-no-boa-regie/detect';
import { gapNoGbo } from './gap-no-gbo/detect';
import { gapNoHuisVanHetKind } from './gap-no-huis-van-het-kind/detect';
import { gapNoLok } from './gap-no-lok/detect';
import { gapNoZone } from './gap-no-zone/detect';
import { graphOf, municipality, nis, run, triples } from './gap-test-graph';

// A in zone west, B in west and oost (two zones), C in none.
// HvhK h1 covers A and B; a LOK covers A; a GBO covers nobody but an OTHER network covers C.
const graph = graphOf({
  municipalities: [municipality('A'), municipality('B'), municipality('C')],
  zones: [
    { id: 'west', name: 'ELZ West' },
    { id: 'oost', name: 'ELZ Oost' },
  ],
  zone_members: [
    { zone_id: 'west', nis: '91001' },
    { zone_id: 'west', nis: '91002' },
    { zone_id: 'oost', nis: '91002' },
  ],
  networks: [
    { id: 'h1', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind West', governance_model: false },
    { id: 'lok', type: 'LOK', name: 'LOK A', directed_by_nis: '91001', governance_model: true },
    { id: 'gbo', type: 'GBO', name: 'GBO zonder gebied', governance_model: false },
    { id: 'other', type: 'OTHER', name: 'Ander netwerk', governance_model: false },
  ],
  network_coverage: [
    { network_id: 'h1', nis: '91001' },
    { network_id: 'h1', nis: '91002' },
    { network_id: 'lok', nis: '91001' },
    { network_id: 'other', nis: '91003' },
  ],
});

describe('GAP_NO_ZONE', () => {
  it('fires only for the municipality in no zone; one in two zones has a zone', () => {
    const found = run(gapNoZone, graph);
    expect(triples(found)).toEqual([`${nis('C')} high`]);
    expect(found[0]).toMatchObject({ rule: 'GAP_NO_ZONE', related: [], evidence: {} });
  });
});

describe('GAP_NO_<network type>', () => {
  it('Huis van het Kind: only C, high, related to no zone', () => {
    const found = run(gapNoHuisVanHetKind, graph);
    expect(triples(found)).toEqual([`${nis('C')} high`]);
    expect(found[0]).toMatchObject({ related: [], evidence: { networkType: 'HUIS_VAN_HET_KIND' } });
  });

  it('LOK: B and C, medium; B relates to both its zones', () => {
    const found = run(gapNoLok, graph);
    expect(triples(found)).toEqual([`${nis('B')} medium`, `${nis('C')} medium`]);
    expect(found[0]).toMatchObject({ related: ['zone:oost', 'zone:west'], evidence: { networkType: 'LOK' } });
  });

  it('GBO: a GBO that covers nobody helps nobody, and an OTHER network does not count', () => {
    expect(triples(run(gapNoGbo, graph))).toEqual([`${nis('A')} medium`, `${nis('B')} medium`, `${nis('C')} medium`]);
  });
});

describe('GAP_NO_BOA_REGIE', () => {
  // A: covered by a directed BOA; B: only by an undirected one (no director); C: by none.
  const boa = graphOf({
    municipalities: [municipality('A'), municipality('B'), municipality('C')],
    networks: [
      { id: 'boa-regie', type: 'BOA', name: 'BOA met regie', directed_by_nis: '91001', governance_model: true },
      { id: 'boa-los', type: 'BOA', name: 'BOA zonder regie', governance_model: false },
      { id: 'lok', type: 'LOK', name: 'LOK', directed_by_nis: '91002', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'boa-regie', nis: '91001' },
      { network_id: 'boa-los', nis: '91001' },
      { network_id: 'boa-los', nis: '91002' },
      { network_id: 'lok', nis: '91003' },
    ],
  });

  it('fires where no directed BOA network covers, listing the undirected ones', () => {
    const found = run(gapNoBoaRegie, boa);
    expect(triples(found)).toEqual([`${nis('B')} medium`, `${nis('C')} medium`]);
    expect(found[0]).toMatchObject({ related: ['net:boa-los'], evidence: { boaNetworks: ['net:boa-los'] } });
    expect(found[1]).toMatchObject({ related: [], evidence: { boaNetworks: [] } });
  });
});
