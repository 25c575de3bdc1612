// GET /api/zones/{zoneId}/dashboard on the demo dataset, in-process. Midden WVL is the worked case; the facts
// below were checked by hand against fixtures/demo/*.csv:
//   zone_members.csv   midden-wvl: 36006 Hooglede, 36010 Ledegem, 36011 Lichtervelde, 36012 Moorslede,
//                      36015 Roeselare, 36019 Staden, 37020 Ardooie
//   memberships.csv    zorgraad-midden-wvl: six of them (not Ardooie 37020) and 11 organisations, all `member`:
//                      3 huisartsen (2 praktijken + the kring), 2 thuiszorg, and one each of caw, ziekenfonds,
//                      jeugdhulp, handicap, geestelijke_gezondheid, andere: nobody for kinderopvang
//   network_coverage   hvhk-ledegem covers 36010 Ledegem and 34025 Lendelede (zone rits, "RITS");
//                      hvhk-wevelgem covers 36012 Moorslede and 34041 Wevelgem (zone regio-menen)
//   memberships/offers jeugdhulp-de-springplank-rits is a partner of hvhk-ledegem; its one offer lies in 36008
//                      and serves RITS municipalities only
import type { Problem } from '@knooppunt/server/domain/api';
import type { Finding } from '@knooppunt/server/domain/findings';
import type { ZoneDashboard } from '@knooppunt/server/domain/zone-dashboard';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoApp, okJson, problemAt, type App } from '../support/demo-api';

const ZONE = 'zone:midden-wvl';
let app: App;
let dashboard: ZoneDashboard;

const dashboardOf = (path: string) => okJson<ZoneDashboard>(app, path);
const problem = (path: string, status: number): Promise<Problem> => problemAt(app, path, status);

beforeAll(async () => {
  app = await demoApp();
  dashboard = await dashboardOf(`/api/zones/${ZONE}/dashboard`);
});

describe('GET /api/zones/{zoneId}/dashboard on the demo: Midden WVL', () => {
  it('names the zone and its seven municipalities', () => {
    expect(dashboard.zone).toEqual({ id: ZONE, label: 'Zone', name: 'Midden WVL' });
    expect(dashboard.municipalities.map((m) => m.name)).toEqual(['Ardooie', 'Hooglede', 'Ledegem', 'Lichtervelde', 'Moorslede', 'Roeselare', 'Staden']);
  });

  it('groups the zorgraad by seat and shows kinderopvang missing, with its finding', () => {
    expect(dashboard.zorgraden).toHaveLength(1);
    const zorgraad = dashboard.zorgraden[0]!;
    expect(zorgraad.network.name).toBe('Zorgraad Midden WVL');
    expect(zorgraad.members).toHaveLength(17);
    expect(Object.fromEntries(zorgraad.bySeat.map((seat) => [seat.sector, seat.count]))).toEqual({
      lokaal_bestuur: 6,
      caw: 1,
      ziekenfonds: 1,
      kinderopvang: 0,
      jeugdhulp: 1,
      handicap: 1,
      huisartsen: 3,
      thuiszorg: 2,
      geestelijke_gezondheid: 1,
      andere: 1,
    });
    expect(zorgraad.byRole).toEqual([{ role: 'member', count: 17 }]);
    expect(zorgraad.missingSectors).toEqual([{ sector: 'kinderopvang', finding: 'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-midden-wvl:kinderopvang' }]);
  });

  it('shows Ardooie as the municipality absent from the zorgraad', () => {
    expect(dashboard.absentMunicipalities).toEqual([
      { municipality: { id: 'nis:37020', label: 'Municipality', name: 'Ardooie' }, finding: 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT:nis:37020:zone:midden-wvl' },
    ]);
  });

  it('lists the Huizen van het Kind that cross into RITS and Regio Menen', () => {
    const crossing = (id: string) => dashboard.borderNetworks.find((border) => border.network.id === id);
    expect(crossing('net:hvhk-ledegem')).toEqual({
      network: { id: 'net:hvhk-ledegem', label: 'Network', name: 'Huis van het Kind Ledegem-Lendelede' },
      type: 'HUIS_VAN_HET_KIND',
      inside: [{ id: 'nis:36010', label: 'Municipality', name: 'Ledegem' }],
      outside: [{ id: 'nis:34025', label: 'Municipality', name: 'Lendelede' }],
      otherZones: [{ id: 'zone:rits', label: 'Zone', name: 'RITS' }],
    });
    expect(crossing('net:hvhk-wevelgem')?.otherZones.map((zone) => zone.name)).toEqual(['Regio Menen']);
    // A network covering only the zone is not on the list.
    expect(crossing('net:gbo-midden-wvl')).toBeUndefined();
    for (const border of dashboard.borderNetworks) {
      expect(border.inside.length).toBeGreaterThan(0);
      expect(border.outside.length).toBeGreaterThan(0);
    }
  });

  it('lists organisations active in other zones, such as Jeugdhulp De Springplank RITS', () => {
    const springplank = dashboard.crossZoneOrganisations.find((found) => found.organisation.id === 'org:jeugdhulp-de-springplank-rits');
    expect(springplank?.sector).toBe('jeugdhulp');
    expect(springplank?.otherZones).toEqual([{ id: 'zone:rits', label: 'Zone', name: 'RITS' }]);
    expect(springplank?.outside.map((m) => m.id)).toContain('nis:36008');
  });

  it('ranks brokers by betweenness and finds communities that mostly follow the municipal borders', () => {
    const { collaboration } = dashboard;
    expect(collaboration.betweenness).toEqual({ method: 'exact' });
    expect(collaboration.size.municipalities).toBe(7);
    const scores = collaboration.brokers.map((broker) => broker.betweenness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
    expect(collaboration.communities.reduce((sum, community) => sum + community.size, 0)).toBe(collaboration.size.nodes);
    // Each municipality leads a community of its own: local networks and providers cluster around their gemeente.
    const dominant = new Set(collaboration.communities.map((community) => community.dominant?.name));
    for (const municipality of dashboard.municipalities) expect(dominant).toContain(municipality.name);
    expect(collaboration.alignment.nmi).toBeGreaterThan(0.5);
    expect(collaboration.modularity).toBeGreaterThan(0.3);
  });

  it('carries the same findings as GET /api/findings for the zone', async () => {
    const findings = (await (await app.request(`/api/findings?zone=${ZONE}`)).json()) as Finding[];
    expect(dashboard.findings).toEqual(findings);
  });

  it('takes the rule parameters from the query string', async () => {
    const other = await dashboardOf(`/api/zones/${ZONE}/dashboard?zorgraadSectors=caw,ocmw`);
    expect(other.requiredSectors).toEqual(['caw', 'ocmw']);
    expect(other.zorgraden[0]!.missingSectors.map((missing) => missing.sector)).toEqual(['ocmw']);
  });

  it('answers the same bytes again from the cache, and 304 to a matching ETag', async () => {
    const first = await app.request(`/api/zones/${ZONE}/dashboard`);
    const second = await app.request(`/api/zones/${ZONE}/dashboard`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(second.headers.get('etag')).toBe(etag);
    expect((await app.request(`/api/zones/${ZONE}/dashboard`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it('shows a zone without a zorgraad (WE40) with no seats and its GAP_ZORGRAAD_MISSING finding', async () => {
    const we40 = await dashboardOf('/api/zones/zone:we40/dashboard');
    expect(we40.zorgraden).toEqual([]);
    expect(we40.absentMunicipalities).toEqual([]);
    expect(we40.findings.map((finding) => finding.id)).toContain('GAP_ZORGRAAD_MISSING:zone:we40');
  });

  it('answers 404 for an unknown zone and 400 for a bad id or parameter, as problems', async () => {
    expect((await problem('/api/zones/zone:nergens/dashboard', 404)).detail).toBe('zone "zone:nergens" does not exist');
    expect((await problem('/api/zones/nis:36015/dashboard', 400)).detail).toBe('"nis:36015" is not a zone id (zone:<slug>)');
    expect((await problem(`/api/zones/${ZONE}/dashboard?kind=gap`, 400)).detail).toContain('query parameter kind: unknown parameter');
    expect((await problem(`/api/zones/${ZONE}/dashboard?forumLoad=0`, 400)).detail).toBe('query parameter forumLoad: expected at least 1');
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(document.paths).toHaveProperty(['/zones/{id}/dashboard']);
    expect(document.components.schemas).toHaveProperty('ZoneDashboard');
  });
});
