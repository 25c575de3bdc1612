// GET /api/municipalities/{nis}/profile on the demo dataset, in-process. Niel (11030) is the worked case;
// every figure below was checked by hand against fixtures/demo/*.csv:
//   municipalities.csv  11030,Niel,…,children_0_3 275
//   adjacency.csv       Niel borders 11001 Aartselaar, 11005 Boom, 11037 Rumst, 11038 Schelle, 12007 Bornem, 12041 Puurs-Sint-Amands
//   network_coverage    no HUIS_VAN_HET_KIND network covers 11030 (each neighbour has one); LOK Niel, BOA-netwerk Niel,
//                       Sociaal Huis Niel (all directed by 11030) and GBO RupeLaar 2 (directed by 11018) do
//   networks.csv        boa-11030 beheersmodel 2019-07-12, lok-11030 2023-07-02, sociaal-huis-11030 none
//   organisations.csv   jeugddienst-11030 Jeugddienst Niel, operated by 11030, offers vrijetijdsaanbod_kinderen in Niel (BOA domain)
//   offers.csv          one kinderopvang_baby_peuter offer in 11030: 87 places → 87 × 100 / 275 = 31.6 per 100 children
//   funding.csv         11030 pays 1,013,270 in all; in 2023 63,500 to what it runs (OCMW 28,100 + Jeugddienst 35,400)
import type { Problem } from '@knooppunt/server/domain/api';
import type { MunicipalityProfile } from '@knooppunt/server/domain/municipality-profile';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoApp, okJson, problemAt, type App } from '../support/demo-api';

let app: App;
let niel: MunicipalityProfile;

const profile = (path: string) => okJson<MunicipalityProfile>(app, path);
const problem = (path: string, status: number): Promise<Problem> => problemAt(app, path, status);

beforeAll(async () => {
  app = await demoApp();
  niel = await profile('/api/municipalities/11030/profile');
});

describe('GET /api/municipalities/{nis}/profile on the demo: Niel', () => {
  it('accepts the bare NIS and the node id alike', async () => {
    expect(await profile('/api/municipalities/nis:11030/profile')).toEqual(niel);
    expect(niel.municipality).toMatchObject({ id: 'nis:11030', nis: '11030', name: 'Niel', children0to3: 275 });
    expect(niel.zones.map((zone) => zone.name)).toEqual(['RupeLaar']);
    expect(niel.neighbours.map((m) => m.name)).toEqual(['Aartselaar', 'Boom', 'Bornem', 'Puurs-Sint-Amands', 'Rumst', 'Schelle']);
  });

  it('shows the missing Huis van het Kind as a gap, with the findings that say so', () => {
    const hvhk = niel.checklist.networkTypes.find((check) => check.networkType === 'HUIS_VAN_HET_KIND')!;
    expect(hvhk).toMatchObject({ expected: true, status: 'missing', networks: [] });
    expect(hvhk.findings.map((finding) => finding.id)).toEqual([
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:11001',
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:11005',
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:11037',
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:11038',
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:12007',
      'BOUNDARY_CONTINUITY:nis:11030:HUIS_VAN_HET_KIND|nis:12041',
      'GAP_NO_HUIS_VAN_HET_KIND:nis:11030',
    ]);
    expect(hvhk.findings.at(-1)!.message.nl).toContain('Niel');
  });

  it('shows what covers it: its LOK, directed by itself, and the GBO directed by Hemiksem', () => {
    const byType = (type: string) => niel.checklist.networkTypes.find((check) => check.networkType === type)!;
    expect(byType('LOK')).toMatchObject({ status: 'covered', networks: [{ network: { id: 'net:lok-11030' }, directedBy: [{ name: 'Niel' }] }] });
    expect(byType('GBO').networks).toEqual([
      { network: { id: 'net:gbo-rupelaar-2', label: 'Network', name: 'GBO RupeLaar 2' }, directedBy: [{ id: 'nis:11018', label: 'Municipality', name: 'Hemiksem' }] },
    ]);
  });

  it('counts 87 childcare places for 275 children: 31.6 per 100, below the target of 33', () => {
    const childcare = niel.checklist.functions.find((check) => check.function === 'kinderopvang_baby_peuter')!;
    expect(childcare).toMatchObject({ status: 'partial', reach: 'local', offers: [{ capacity: 87, provider: { name: 'Gezinsopvang De Zeepbel Niel' } }] });
    expect(childcare.findings.map((finding) => finding.id)).toEqual(['GAP_CHILDCARE_CAPACITY:nis:11030']);
    expect(niel.comparison.rows[0]).toMatchObject({ self: true, childcarePer100: 31.6 });
  });

  it('lists the networks it directs with their beheersmodel, and its regie/actor conflict in the BOA', () => {
    expect(niel.roleConflicts.directed.map((d) => [d.network.name, d.governanceModel, d.governanceModelDate ?? null])).toEqual([
      ['BOA-netwerk Niel', true, '2019-07-12'],
      ['LOK Niel', true, '2023-07-02'],
      ['Sociaal Huis Niel', false, null],
    ]);
    expect(niel.roleConflicts.conflicts.map(({ finding, network, organisations }) => [finding.id, finding.severity, network?.governanceModelDate, organisations.map((o) => o.name)])).toEqual([
      ['CONFLICT_REGIE_ACTOR:nis:11030:net:boa-11030', 'medium', '2019-07-12', ['Jeugddienst Niel']],
      ['CONFLICT_SELF_FUNDING:nis:11030:net:boa-11030', 'high', '2019-07-12', ['Jeugddienst Niel']],
    ]);
  });

  it('adds up its funding as funding.csv gives it', () => {
    expect(niel.funding.total).toBe(1_013_270);
    expect(niel.funding.byYear[0]).toEqual({ year: 2023, total: 115_450, operated: 63_500, others: 51_950 });
    expect(niel.funding.byOrganisation[0]).toMatchObject({ organisation: { name: 'Gezinsopvang De Zeepbel Niel' }, operated: false, total: 663_120 });
  });

  it('names its partners with their roles, and compares it with its six neighbours', () => {
    const jeugddienst = niel.partners.find((partner) => partner.partner.id === 'org:jeugddienst-11030')!;
    expect(jeugddienst).toMatchObject({ operated: true, sector: 'vrije_tijd', funding: 106_800, networks: [{ network: { id: 'net:boa-11030' }, role: 'actor' }] });
    expect(niel.comparison.rows.map((row) => row.municipality.name)).toEqual(['Niel', 'Aartselaar', 'Boom', 'Bornem', 'Puurs-Sint-Amands', 'Rumst', 'Schelle']);
    expect(niel.comparison.rows.slice(1).every((row) => row.networkTypes.includes('HUIS_VAN_HET_KIND'))).toBe(true);
    expect(niel.comparison.standings.find((s) => s.measure === 'networkTypes')).toEqual({
      measure: 'networkTypes',
      value: 4,
      neighboursHigher: 6,
      neighboursLower: 0,
      neighboursEqual: 0,
      position: 'fewer',
    });
  });
});

describe('GET /api/municipalities/{nis}/profile: parameters, caching and problems', () => {
  it('takes the rule thresholds: with a childcare target of 30, 31.6 places per 100 is no gap', async () => {
    const lower = await profile('/api/municipalities/11030/profile?childcarePer100=30');
    expect(lower.parameters.childcarePer100).toBe(30);
    expect(lower.checklist.functions.find((check) => check.function === 'kinderopvang_baby_peuter')).toMatchObject({ status: 'covered', findings: [] });
  });

  it('answers a repeat from the cache with the same ETag, and 304 when the client has it', async () => {
    const first = await app.request('/api/municipalities/11030/profile');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await app.request('/api/municipalities/11030/profile')).headers.get('etag')).toBe(etag);
    expect((await app.request('/api/municipalities/11030/profile', { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it('refuses a malformed NIS (400), an unknown municipality (404) and parameters it does not take (400)', async () => {
    for (const bad of ['1103', 'nis:1103', 'nis:abcde', 'zone:rupelaar']) {
      expect((await problem(`/api/municipalities/${bad}/profile`, 400)).detail).toContain('is not a NIS code');
    }
    expect((await problem('/api/municipalities/99999/profile', 404)).detail).toBe('municipality "nis:99999" does not exist');
    expect((await problem('/api/municipalities/11030/profile?kind=gap', 400)).detail).toContain('query parameter kind: unknown parameter');
    expect((await problem('/api/municipalities/11030/profile?childcarePer100=-1', 400)).detail).toContain('childcarePer100');
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    const path = document.paths['/municipalities/{nis}/profile'] as { get?: { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } };
    expect(path.get?.responses?.['200']?.content?.['application/json']?.schema?.$ref).toBe('#/components/schemas/MunicipalityProfile');
    // The schema names every top-level field the route really answers with.
    const schema = document.components.schemas['MunicipalityProfile'] as { properties?: Record<string, unknown> };
    const answer = (await (await app.request('/api/municipalities/11030/profile')).json()) as Record<string, unknown>;
    expect(Object.keys(answer).length).toBeGreaterThan(3);
    expect(Object.keys(answer).filter((field) => !(field in (schema.properties ?? {})))).toEqual([]);
  });
});
