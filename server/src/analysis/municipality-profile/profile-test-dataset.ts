// Test support for the municipality profile: a tiny dataset around Anker whose profile is worked out by hand
// in the tests, and its facts as an in-memory store gathers them.
//
//   zone noord: 91001 Anker (100 children 0-3), 91002 Berg (200), 91004 Duin (50)    zone zuid: 91003 Cluis
//   adjacency: Anker-Berg, Anker-Cluis, Berg-Duin
//   LOK Anker: directed by Anker (no beheersmodel), covers Anker; Anker regisseur, Kinderdagverblijf Anker
//     (run by Anker) actor, Kinderopvang De Zon partner
//   BOA Noord: directed by nobody, covers Anker and Berg
//   GBO Anker-Duin: directed by Duin (beheersmodel 2024-05-01), covers Anker and Duin; OCMW Anker and CAW
//     Noord partners (no ziekenfonds)
//   Huis van het Kind Berg: covers Berg.   Zorgraad Noord: council of noord; Berg and CAW Noord members
//   offers: childcare in Anker 20 (Kinderdagverblijf Anker) + 8 (De Zon) places; onthaal in Anker (OCMW);
//     jeugdhulp in Berg; schuldhulp in Duin (CAW Noord) serving Anker
//   funding by Anker: Kinderdagverblijf Anker 2024 10,000 subsidie + 2,000 personeel, 2025 12,000 subsidie;
//     De Zon 2024 1,000 subsidie, 2025 500 without kind. Berg pays Jeugdhulp Berg 2024 500.
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../../domain/findings';
import type { Dataset } from '../../domain/dataset';
import { gatherProfileFacts } from '../../store/municipality-profile';
import { EmbeddedStore } from '../../store/embedded/embedded-store';
import type { ProfileFacts } from './profile-facts';

export const ANKER = 'nis:91001';

export function ankerDataset(): Dataset {
  return {
    municipalities: [
      { nis: '91001', name: 'Anker', province: 'Testprovincie', region: 'Vlaanderen', population: 4000, children_0_3: 100 },
      { nis: '91002', name: 'Berg', children_0_3: 200 },
      { nis: '91003', name: 'Cluis' },
      { nis: '91004', name: 'Duin', children_0_3: 50 },
    ],
    adjacency: [
      { nis_a: '91001', nis_b: '91002' },
      { nis_a: '91003', nis_b: '91001' },
      { nis_a: '91002', nis_b: '91004' },
    ],
    zones: [
      { id: 'noord', name: 'Zone Noord' },
      { id: 'zuid', name: 'Zone Zuid' },
    ],
    zone_members: [
      { zone_id: 'noord', nis: '91001' },
      { zone_id: 'noord', nis: '91002' },
      { zone_id: 'noord', nis: '91004' },
      { zone_id: 'zuid', nis: '91003' },
    ],
    organisations: [
      { id: 'kdv-anker', name: 'Kinderdagverblijf Anker', legal_form: 'public', sector: 'kinderopvang', operated_by_nis: '91001' },
      { id: 'kdv-zon', name: 'Kinderopvang De Zon', legal_form: 'private', sector: 'kinderopvang' },
      { id: 'ocmw-anker', name: 'OCMW Anker', legal_form: 'public', sector: 'ocmw', operated_by_nis: '91001' },
      { id: 'caw-noord', name: 'CAW Noord', legal_form: 'nonprofit', sector: 'caw' },
      { id: 'jeugd-berg', name: 'Jeugdhulp Berg', legal_form: 'nonprofit', sector: 'jeugdhulp' },
    ],
    networks: [
      { id: 'lok-anker', type: 'LOK', name: 'LOK Anker', directed_by_nis: '91001', governance_model: false },
      { id: 'boa-noord', type: 'BOA', name: 'BOA Noord', governance_model: false },
      { id: 'gbo-ad', type: 'GBO', name: 'GBO Anker-Duin', directed_by_nis: '91004', governance_model: true, governance_model_date: '2024-05-01' },
      { id: 'hvhk-berg', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind Berg', governance_model: false },
      { id: 'zorgraad-noord', type: 'ZORGRAAD', name: 'Zorgraad Noord', zone_id: 'noord', governance_model: false },
    ],
    network_coverage: [
      { network_id: 'lok-anker', nis: '91001' },
      { network_id: 'boa-noord', nis: '91001' },
      { network_id: 'boa-noord', nis: '91002' },
      { network_id: 'gbo-ad', nis: '91001' },
      { network_id: 'gbo-ad', nis: '91004' },
      { network_id: 'hvhk-berg', nis: '91002' },
    ],
    memberships: [
      { network_id: 'lok-anker', member_id: 'nis:91001', role: 'regisseur' },
      { network_id: 'lok-anker', member_id: 'org:kdv-anker', role: 'actor' },
      { network_id: 'lok-anker', member_id: 'org:kdv-zon', role: 'partner' },
      { network_id: 'gbo-ad', member_id: 'org:ocmw-anker', role: 'partner' },
      { network_id: 'gbo-ad', member_id: 'org:caw-noord', role: 'partner' },
      { network_id: 'zorgraad-noord', member_id: 'nis:91002', role: 'member' },
      { network_id: 'zorgraad-noord', member_id: 'org:caw-noord', role: 'member' },
    ],
    offers: [
      { id: 'kdv-anker-1', org_id: 'kdv-anker', function: 'kinderopvang_baby_peuter', nis: '91001', capacity: 20, name: 'Kinderdagverblijf Anker-centrum' },
      { id: 'zon-1', org_id: 'kdv-zon', function: 'kinderopvang_baby_peuter', nis: '91001', capacity: 8 },
      { id: 'onthaal-anker', org_id: 'ocmw-anker', function: 'onthaal', nis: '91001', name: 'Sociaal Huis Anker' },
      { id: 'jeugd-berg-1', org_id: 'jeugd-berg', function: 'jeugdhulp', nis: '91002' },
      { id: 'caw-duin', org_id: 'caw-noord', function: 'schuldhulp', nis: '91004', name: 'Schuldhulp Duin' },
    ],
    offer_serves: [{ offer_id: 'caw-duin', nis: '91001' }],
    funding: [
      { nis: '91001', org_id: 'kdv-anker', year: 2024, amount: 10_000, kind: 'subsidie' },
      { nis: '91001', org_id: 'kdv-anker', year: 2024, amount: 2_000, kind: 'personeel' },
      { nis: '91001', org_id: 'kdv-anker', year: 2025, amount: 12_000, kind: 'subsidie' },
      { nis: '91001', org_id: 'kdv-zon', year: 2024, amount: 1_000, kind: 'subsidie' },
      { nis: '91001', org_id: 'kdv-zon', year: 2025, amount: 500 },
      { nis: '91002', org_id: 'jeugd-berg', year: 2024, amount: 500 },
    ],
  };
}

/** The facts of a municipality's profile in a dataset, as the store gathers them. */
export async function factsOf(dataset: Dataset, municipality: string, parameters: Partial<RuleParameters> = {}): Promise<ProfileFacts> {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset);
  const facts = await gatherProfileFacts(store, municipality, { ...DEFAULT_RULE_PARAMETERS, ...parameters });
  if (facts === undefined) throw new Error(`profile-test-dataset: no municipality ${municipality}`);
  return facts;
}
