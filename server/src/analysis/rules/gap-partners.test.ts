// Worked examples for the partner and zorgraad gaps: GBO minimum partners, the zorgraad of every zone, its sectors and its municipalities.
import { describe, expect, it } from 'vitest';
import { gapGboPartnerMissing } from './gap-gbo-partner-missing/detect';
import { gapZorgraadMissing } from './gap-zorgraad-missing/detect';
import { gapZorgraadMunicipalityAbsent } from './gap-zorgraad-municipality-absent/detect';
import { gapZorgraadSectorMissing } from './gap-zorgraad-sector-missing/detect';
import { graphOf, municipality, nis, run, triples } from './gap-test-graph';

describe('GAP_GBO_PARTNER_MISSING', () => {
  // A GBO without a director. Seats: the CAW by its organisation's sector, the ziekenfonds by the
  // membership's own sector (overriding "andere"), municipality A with no sector → lokaal_bestuur, not ocmw.
  const graph = graphOf({
    municipalities: [municipality('A'), municipality('B')],
    organisations: [
      { id: 'caw', name: 'CAW Regio', legal_form: 'nonprofit', sector: 'caw' },
      { id: 'zf', name: 'Dienst Maatschappelijk Werk', legal_form: 'nonprofit', sector: 'andere' },
    ],
    networks: [
      { id: 'gbo', type: 'GBO', name: 'GBO Regio', governance_model: false },
      { id: 'gbo-leeg', type: 'GBO', name: 'GBO Leeg', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'gbo', nis: '91001' },
      { network_id: 'gbo', nis: '91002' },
    ],
    memberships: [
      { network_id: 'gbo', member_id: 'org:caw', role: 'partner' },
      { network_id: 'gbo', member_id: 'org:zf', role: 'partner', sector: 'ziekenfonds' },
      { network_id: 'gbo', member_id: nis('A'), role: 'regisseur' },
    ],
  });

  it('finds only the missing OCMW seat, with the seats it has and the area it covers', () => {
    const found = run(gapGboPartnerMissing, graph).filter((d) => d.subject === 'net:gbo');
    expect(triples(found)).toEqual(['net:gbo high ocmw']);
    expect(found[0]).toMatchObject({
      related: [nis('A'), nis('B')],
      evidence: { sector: 'ocmw', seats: ['caw', 'lokaal_bestuur', 'ziekenfonds'] },
    });
  });

  it('a GBO without members misses all three minimum partners', () => {
    const found = run(gapGboPartnerMissing, graph).filter((d) => d.subject === 'net:gbo-leeg');
    expect(triples(found)).toEqual(['net:gbo-leeg high caw', 'net:gbo-leeg high ocmw', 'net:gbo-leeg high ziekenfonds']);
    expect(found[0]).toMatchObject({ related: [], evidence: { seats: [] } });
  });
});

// Zone noord has a zorgraad; zone zuid has none. B belongs to both zones.
// The zorgraad seats: A (a municipality, seat lokaal_bestuur), a jeugdhulp organisation,
// and a handicap organisation seated for kinderopvang by its membership.
const zones = graphOf({
  municipalities: [municipality('A'), municipality('B'), municipality('C')],
  zones: [
    { id: 'noord', name: 'ELZ Noord' },
    { id: 'zuid', name: 'ELZ Zuid' },
  ],
  zone_members: [
    { zone_id: 'noord', nis: '91001' },
    { zone_id: 'noord', nis: '91002' },
    { zone_id: 'zuid', nis: '91002' },
    { zone_id: 'zuid', nis: '91003' },
  ],
  organisations: [
    { id: 'jh', name: 'Jeugdhulp vzw', legal_form: 'nonprofit', sector: 'jeugdhulp' },
    { id: 'vaph', name: 'Handicapzorg vzw', legal_form: 'nonprofit', sector: 'handicap' },
  ],
  networks: [{ id: 'zr', type: 'ZORGRAAD', name: 'Zorgraad Noord', zone_id: 'noord', governance_model: false }],
  memberships: [
    { network_id: 'zr', member_id: nis('A'), role: 'member' },
    { network_id: 'zr', member_id: 'org:jh', role: 'partner' },
    { network_id: 'zr', member_id: 'org:vaph', role: 'partner', sector: 'kinderopvang' },
  ],
});

describe('GAP_ZORGRAAD_MISSING', () => {
  it('fires for the zone without a zorgraad, listing its municipalities', () => {
    const found = run(gapZorgraadMissing, zones);
    expect(triples(found)).toEqual(['zone:zuid high']);
    expect(found[0]).toMatchObject({ related: [nis('B'), nis('C')], evidence: { municipalities: [nis('B'), nis('C')] } });
  });
});

describe('GAP_ZORGRAAD_SECTOR_MISSING', () => {
  it('with the default sectors only handicap is missing: the membership seat overrides the organisation sector', () => {
    const found = run(gapZorgraadSectorMissing, zones);
    expect(triples(found)).toEqual(['net:zr medium handicap']);
    expect(found[0]).toMatchObject({
      related: ['zone:noord'],
      evidence: { sector: 'handicap', seats: ['jeugdhulp', 'kinderopvang', 'lokaal_bestuur'] },
    });
  });

  it('follows the zorgraadSectors parameter', () => {
    const found = run(gapZorgraadSectorMissing, zones, { zorgraadSectors: ['huisartsen', 'lokaal_bestuur'] });
    expect(triples(found)).toEqual(['net:zr medium huisartsen']);
  });
});

describe('GAP_ZORGRAAD_MUNICIPALITY_ABSENT', () => {
  it('fires per zone with a zorgraad: B (in two zones) only for noord, C not at all (zuid has no zorgraad)', () => {
    const found = run(gapZorgraadMunicipalityAbsent, zones);
    expect(triples(found)).toEqual([`${nis('B')} medium zone:noord`]);
    expect(found[0]).toMatchObject({ related: ['net:zr', 'zone:noord'], evidence: { zone: 'zone:noord', zorgraden: ['net:zr'] } });
  });

  it('an organisation seat does not seat the municipality that operates it', () => {
    const operated = graphOf({
      municipalities: [municipality('A')],
      zones: [{ id: 'z', name: 'ELZ' }],
      zone_members: [{ zone_id: 'z', nis: '91001' }],
      organisations: [{ id: 'ocmw', name: 'OCMW A', legal_form: 'public', sector: 'ocmw', operated_by_nis: '91001' }],
      networks: [{ id: 'zr', type: 'ZORGRAAD', name: 'Zorgraad', zone_id: 'z', governance_model: false }],
      memberships: [{ network_id: 'zr', member_id: 'org:ocmw', role: 'member' }],
    });
    expect(triples(run(gapZorgraadMunicipalityAbsent, operated))).toEqual([`${nis('A')} medium zone:z`]);
  });
});
