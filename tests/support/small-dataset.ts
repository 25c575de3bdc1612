// A small, hand-made dataset whose graph answers are easy to work out by hand.
//
//   zone west: 90001 Aarde, 90002 Beek          zone oost: 90002 Beek, 90003 Cirkel, 90004 Dal
//   adjacency: 90001-90002, 90002-90003, 90003-90004
//   Beek lies in both zones (like Antwerpen in its four zones).
import type { Dataset } from '@knooppunt/server/domain/dataset';

export function smallDataset(): Dataset {
  return {
    manifest: { title: 'small test dataset', illustrative: true, notice: { nl: 'Testgegevens', en: 'Test data' } },
    municipalities: [
      { nis: '90001', name: 'Aarde', province: 'Testprovincie', region: 'Vlaanderen', population: 10_000, children_0_3: 300 },
      { nis: '90002', name: 'Beek', province: 'Testprovincie', region: 'Vlaanderen', population: 20_000, children_0_3: 600 },
      { nis: '90003', name: 'Cirkel', province: 'Testprovincie', region: 'Vlaanderen', population: 5_000 },
      { nis: '90004', name: 'Dal-Sint-Émile', province: 'Testprovincie', region: 'Brussel' },
    ],
    adjacency: [
      { nis_a: '90001', nis_b: '90002' },
      { nis_a: '90003', nis_b: '90002' },
      { nis_a: '90003', nis_b: '90004' },
    ],
    zones: [
      { id: 'west', name: 'Zone West' },
      { id: 'oost', name: 'Zone Oost' },
    ],
    zone_members: [
      { zone_id: 'west', nis: '90001' },
      { zone_id: 'west', nis: '90002' },
      { zone_id: 'oost', nis: '90002' },
      { zone_id: 'oost', nis: '90003' },
      { zone_id: 'oost', nis: '90004' },
    ],
    organisations: [
      { id: 'kdv-aarde', name: 'Kinderdagverblijf Aarde', legal_form: 'public', sector: 'kinderopvang', operated_by_nis: '90001' },
      { id: 'kdv-vlinder', name: 'Kinderopvang De Vlinder', legal_form: 'private', sector: 'kinderopvang' },
      { id: 'caw-oost', name: 'CAW Oost', legal_form: 'nonprofit', sector: 'caw' },
      { id: 'huisartsen-oost', name: 'Huisartsenkring Oost', legal_form: 'nonprofit', sector: 'huisartsen' },
    ],
    networks: [
      { id: 'lok-aarde', type: 'LOK', name: 'LOK Aarde', directed_by_nis: '90001', governance_model: false },
      { id: 'hvhk-beek-cirkel', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind Beek-Cirkel', directed_by_nis: '90002', governance_model: true, governance_model_date: '2024-03-01' },
      { id: 'zorgraad-oost', type: 'ZORGRAAD', name: 'Zorgraad Oost', zone_id: 'oost', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'lok-aarde', nis: '90001' },
      { network_id: 'hvhk-beek-cirkel', nis: '90002' },
      { network_id: 'hvhk-beek-cirkel', nis: '90003' },
    ],
    memberships: [
      { network_id: 'lok-aarde', member_id: 'nis:90001', role: 'regisseur' },
      { network_id: 'lok-aarde', member_id: 'org:kdv-aarde', role: 'actor' },
      { network_id: 'lok-aarde', member_id: 'org:kdv-vlinder', role: 'partner' },
      { network_id: 'zorgraad-oost', member_id: 'nis:90003', role: 'member' },
      { network_id: 'zorgraad-oost', member_id: 'org:huisartsen-oost', role: 'member', sector: 'huisartsen' },
      { network_id: 'zorgraad-oost', member_id: 'org:caw-oost', role: 'member' },
    ],
    offers: [
      { id: 'kdv-aarde-1', org_id: 'kdv-aarde', function: 'kinderopvang_baby_peuter', nis: '90001', capacity: 40, name: 'Kinderdagverblijf Aarde-centrum' },
      { id: 'vlinder-1', org_id: 'kdv-vlinder', function: 'kinderopvang_baby_peuter', nis: '90001', capacity: 20 },
      { id: 'caw-onthaal', org_id: 'caw-oost', function: 'onthaal', nis: '90003' },
    ],
    offer_serves: [{ offer_id: 'caw-onthaal', nis: '90004' }],
    funding: [
      { nis: '90001', org_id: 'kdv-aarde', year: 2024, amount: 50_000, kind: 'subsidie' },
      { nis: '90001', org_id: 'kdv-aarde', year: 2024, amount: 25_000, kind: 'subsidie' },
      { nis: '90001', org_id: 'kdv-aarde', year: 2025, amount: 10_000, kind: 'subsidie' },
      { nis: '90001', org_id: 'kdv-vlinder', year: 2024, amount: 5_000 },
    ],
  };
}
