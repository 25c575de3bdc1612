// The storage contract: every GraphStore must pass these, with the same answers.
// Like graphology's specs(Graph), it is a factory: call it with a store maker from a *.contract.test.ts file.
import type { Dataset } from '@knooppunt/server/domain/dataset';
import { contentHash } from '@knooppunt/server/graph/content-hash';
import { compareIds } from '@knooppunt/server/graph/knooppunt-graph';
import type { GraphPage } from '@knooppunt/server/domain/graph-pages';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';
import { snapshotContract } from './snapshot-contract';

export type StoreMaker = () => Promise<GraphStore>;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

export function storeContract(name: string, makeStore: StoreMaker): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      const counts = await store.counts();
      expect(counts.nodes).toBe(0);
      expect(counts.relationships).toBe(0);
      expect(await store.listZones()).toEqual([]);
    });

    it('imports a dataset and counts nodes and relationships per label and type', async () => {
      const summary = await store.importDataset(smallDataset());
      expect(summary.rows).toBe(38);
      expect(summary.counts.nodesByLabel).toEqual({ Municipality: 4, Zone: 2, Network: 3, Organisation: 4, Offer: 3 });
      expect(summary.counts.relationshipsByType).toEqual({
        IN_ZONE: 5,
        ADJACENT_TO: 3,
        COUNCIL_OF: 1,
        COVERS: 3,
        DIRECTS: 2,
        MEMBER_OF: 6,
        OPERATES: 1,
        PROVIDES: 3,
        LOCATED_IN: 3,
        SERVES: 1,
        FUNDS: 3,
      });
      expect(summary.counts.nodes).toBe(16);
      expect(summary.counts.relationships).toBe(31);
      const info = await store.datasetInfo();
      expect(info.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(info.manifest?.illustrative).toBe(true);
    });

    it("answers a zone's graph: its municipalities, their other zones, networks, partners and offers", async () => {
      await store.importDataset(smallDataset());
      const graph = await store.zoneGraph('zone:west');
      expect(ids(graph!.nodes)).toEqual([
        'net:hvhk-beek-cirkel',
        'net:lok-aarde',
        'nis:90001',
        'nis:90002',
        'offer:kdv-aarde-1',
        'offer:vlinder-1',
        'org:kdv-aarde',
        'org:kdv-vlinder',
        'zone:oost',
        'zone:west',
      ]);
      expect(graph!.relationships).toHaveLength(19);
      expect(graph!.relationships.every((r) => ids(graph!.nodes).includes(r.from) && ids(graph!.nodes).includes(r.to))).toBe(true);
      expect(await store.zoneGraph('zone:nowhere')).toBeUndefined();
      expect(await store.zoneGraph('nis:90001')).toBeUndefined();
    });

    it('lists zones with their municipality count and whether they have a zorgraad', async () => {
      await store.importDataset(smallDataset());
      expect(await store.listZones()).toEqual([
        { id: 'zone:oost', name: 'Zone Oost', municipalityCount: 3, hasZorgraad: true },
        { id: 'zone:west', name: 'Zone West', municipalityCount: 2, hasZorgraad: false },
      ]);
    });

    it("answers a municipality's graph with its neighbours, zones, networks and the offers serving it", async () => {
      await store.importDataset(smallDataset());
      const graph = await store.municipalityGraph('nis:90004');
      expect(ids(graph!.nodes)).toEqual(['nis:90003', 'nis:90004', 'offer:caw-onthaal', 'org:caw-oost', 'zone:oost']);
      expect(await store.municipalityGraph('nis:99999')).toBeUndefined();
    });

    it('answers a neighbourhood ring by ring and says when a limit cut it short', async () => {
      await store.importDataset(smallDataset());
      const one = await store.neighbourhood('nis:90004', 1, 500);
      expect(ids(one!.nodes)).toEqual(['nis:90003', 'nis:90004', 'offer:caw-onthaal', 'zone:oost']);
      expect(one!.truncated).toBeUndefined();
      const two = await store.neighbourhood('nis:90004', 2, 500);
      expect(two!.nodes.length).toBeGreaterThan(one!.nodes.length);
      const capped = await store.neighbourhood('nis:90004', 2, 3);
      expect(ids(capped!.nodes)).toEqual(['nis:90003', 'nis:90004', 'offer:caw-onthaal']);
      expect(capped!.truncated).toBe(true);
      expect(await store.neighbourhood('org:nobody', 1, 10)).toBeUndefined();
    });

    it("details a node with its zones and every relationship, the other end named", async () => {
      await store.importDataset(smallDataset());
      const detail = await store.nodeDetail('nis:90002');
      expect(detail!.node).toEqual({
        id: 'nis:90002',
        label: 'Municipality',
        properties: { nis: '90002', name: 'Beek', province: 'Testprovincie', region: 'Vlaanderen', population: 20_000, children0to3: 600 },
      });
      expect(ids(detail!.zones)).toEqual(['zone:oost', 'zone:west']);
      expect(detail!.relationships.map((r) => `${r.direction} ${r.relationship.type} ${r.other.name}`)).toEqual([
        'in ADJACENT_TO Aarde',
        'out ADJACENT_TO Cirkel',
        'in COVERS Huis van het Kind Beek-Cirkel',
        'out DIRECTS Huis van het Kind Beek-Cirkel',
        'out IN_ZONE Zone Oost',
        'out IN_ZONE Zone West',
      ]);
      const offer = await store.nodeDetail('offer:caw-onthaal');
      expect(ids(offer!.zones)).toEqual(['zone:oost']);
      expect(await store.nodeDetail('nis:12345')).toBeUndefined();
    });

    it('tells where many nodes work at once: the municipalities each reaches, with their zones', async () => {
      await store.importDataset(smallDataset());
      const asked = ['org:nobody', 'zone:west', 'nis:90004', 'net:hvhk-beek-cirkel', 'net:zorgraad-oost', 'org:kdv-aarde', 'org:caw-oost', 'org:huisartsen-oost', 'offer:caw-onthaal', 'org:caw-oost'];
      const reach = await store.nodeReach(asked);
      expect(reach.map((node) => `${node.id}: ${node.municipalities.map((m) => `${m.name} (${m.zones.join(' ')})`).join(', ')}`)).toEqual([
        'net:hvhk-beek-cirkel: Beek (zone:oost zone:west), Cirkel (zone:oost)',
        'net:zorgraad-oost: ',
        'nis:90004: Dal-Sint-Émile (zone:oost)',
        'offer:caw-onthaal: Cirkel (zone:oost), Dal-Sint-Émile (zone:oost)',
        'org:caw-oost: Cirkel (zone:oost), Dal-Sint-Émile (zone:oost)',
        'org:huisartsen-oost: ',
        'org:kdv-aarde: Aarde (zone:west)',
        'zone:west: Aarde (zone:west), Beek (zone:oost zone:west)',
      ]);
      expect(reach[0]!.municipalities[0]).toStrictEqual({ id: 'nis:90002', label: 'Municipality', name: 'Beek', zones: ['zone:oost', 'zone:west'] });
      expect(await store.nodeReach([])).toEqual([]);
    });

    it('finds nodes by name without accents or case, and municipalities by NIS', async () => {
      await store.importDataset(smallDataset());
      const byName = await store.search('sint-emile', 10);
      expect(byName.map((hit) => hit.id)).toEqual(['nis:90004']);
      expect(byName[0]!.zones).toEqual(['zone:oost']);
      expect((await store.search('9000', 10)).map((hit) => hit.id)).toEqual(['nis:90001', 'nis:90002', 'nis:90003', 'nis:90004']);
      const kinder = await store.search('kinder', 10);
      expect(kinder.map((hit) => hit.id)).toEqual(['org:kdv-aarde', 'org:kdv-vlinder', 'offer:kdv-aarde-1']);
      expect(await store.search('   ', 10)).toEqual([]);
    });

    it("reports a zone's coverage per municipality: networks per type, reach of functions, childcare per 100", async () => {
      await store.importDataset(smallDataset());
      const answer = await store.coverage('zone:west');
      expect(answer!.zone).toEqual({ id: 'zone:west', label: 'Zone', name: 'Zone West' });
      const [aarde, beek] = answer!.municipalities;
      expect(answer!.municipalities.map((row) => row.municipality.name)).toEqual(['Aarde', 'Beek']);
      expect(aarde!.networks.LOK).toEqual([{ id: 'net:lok-aarde', label: 'Network', name: 'LOK Aarde' }]);
      expect(aarde!.networks.GBO).toEqual([]);
      expect(aarde!.reach.kinderopvang_baby_peuter).toBe('local');
      expect(aarde!.reach.onthaal).toBe('none');
      expect(aarde!.childcare).toEqual({ places: 60, children0to3: 300, per100: 20 });
      expect(beek!.zones).toEqual(['zone:oost', 'zone:west']);
      expect(beek!.networks.HUIS_VAN_HET_KIND.map((network) => network.id)).toEqual(['net:hvhk-beek-cirkel']);
      expect(beek!.reach.kinderopvang_baby_peuter).toBe('neighbour');
      expect(beek!.reach.onthaal).toBe('neighbour');
      expect(beek!.reach.jeugdhulp).toBe('none');
      expect(beek!.childcare).toEqual({ places: 0, children0to3: 600, per100: 0 });
      expect((await store.coverage())!.municipalities).toHaveLength(4);
      expect((await store.coverage())!.municipalities.find((row) => row.municipality.id === 'nis:90003')!.childcare).toEqual({ places: 0 });
      expect(await store.coverage('zone:nowhere')).toBeUndefined();
    });

    it('adds up funding rows of one municipality, organisation, year and kind', async () => {
      await store.importDataset(smallDataset());
      const detail = await store.nodeDetail('org:kdv-aarde');
      const funding = detail!.relationships.filter((r) => r.relationship.type === 'FUNDS').map((r) => r.relationship.properties);
      expect(funding).toEqual([
        { year: 2024, amount: 75_000, kind: 'subsidie' },
        { year: 2025, amount: 10_000, kind: 'subsidie' },
      ]);
    });

    it('streams the whole graph: nodes then relationships, each in id order, in pages, hashing to the dataset', async () => {
      await store.importDataset(smallDataset());
      const pages: GraphPage[] = [];
      for await (const page of store.streamGraph()) pages.push(page);
      const kinds = pages.map((page) => page.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'nodes' ? -1 : 1)));
      const nodes = pages.flatMap((page) => (page.kind === 'nodes' ? page.nodes : []));
      const relationships = pages.flatMap((page) => (page.kind === 'relationships' ? page.relationships : []));
      expect(nodes).toHaveLength(16);
      expect(relationships).toHaveLength(31);
      expect(ids(nodes)).toEqual([...ids(nodes)].sort(compareIds));
      expect(ids(relationships)).toEqual([...ids(relationships)].sort(compareIds));
      expect(contentHash(nodes, relationships)).toBe((await store.datasetInfo()).contentHash);
      const zone = nodes.find((node) => node.id === 'zone:west');
      expect(zone).toEqual({ id: 'zone:west', label: 'Zone', properties: { name: expect.any(String) } });
    });

    snapshotContract(() => store);

    it('streams nothing from an empty store', async () => {
      const pages: GraphPage[] = [];
      for await (const page of store.streamGraph()) pages.push(page);
      expect(pages).toEqual([]);
    });

    it('re-imports the same dataset idempotently', async () => {
      await store.importDataset(smallDataset());
      const first = await store.datasetInfo();
      const firstCounts = await store.counts();
      await store.importDataset(smallDataset());
      expect((await store.datasetInfo()).contentHash).toBe(first.contentHash);
      expect(await store.counts()).toEqual(firstCounts);
    });

    it('upserts by id: a changed row updates the node and moves the relationships its row defines', async () => {
      await store.importDataset(smallDataset());
      const change: Dataset = {
        ...smallDataset(),
        organisations: smallDataset().organisations.map((row) =>
          row.id === 'kdv-aarde' ? { ...row, name: 'Kinderdagverblijf Aarde (nieuw)', operated_by_nis: '90002' } : row,
        ),
      };
      await store.importDataset(change);
      const detail = await store.nodeDetail('org:kdv-aarde');
      expect(detail!.node.properties).toMatchObject({ name: 'Kinderdagverblijf Aarde (nieuw)' });
      const operators = detail!.relationships.filter((r) => r.relationship.type === 'OPERATES').map((r) => r.other.id);
      expect(operators).toEqual(['nis:90002']);
    });

    it('keeps what an upsert does not mention, and drops it with replace', async () => {
      await store.importDataset(smallDataset());
      const smaller: Dataset = { ...smallDataset(), offers: [], offer_serves: [], funding: [], memberships: smallDataset().memberships.slice(1) };
      await store.importDataset(smaller);
      expect((await store.counts()).nodesByLabel.Offer).toBe(3);
      expect((await store.counts()).relationshipsByType.MEMBER_OF).toBe(6);
      const summary = await store.importDataset(smaller, { replace: true });
      expect(summary.replaced).toBe(true);
      expect(summary.counts.nodesByLabel.Offer).toBe(0);
      expect(summary.counts.relationshipsByType.FUNDS).toBe(0);
      expect(summary.counts.relationshipsByType.MEMBER_OF).toBe(5);
      expect(summary.counts.nodesByLabel.Municipality).toBe(4);
      const fresh = await store.importDataset(smallDataset(), { replace: true });
      expect(fresh.counts.nodes).toBe(16);
      expect(fresh.counts.relationships).toBe(31);
    });

    it('leaves the previous data exactly as it was when an import fails part-way', async () => {
      await store.importDataset(smallDataset());
      const before = await store.datasetInfo();
      const beforeCounts = await store.counts();
      // Bypasses validation on purpose: an offer of an organisation that does not exist fails while writing.
      const broken: Dataset = {
        ...smallDataset(),
        municipalities: [...smallDataset().municipalities, { nis: '90009', name: 'Nieuwdorp' }],
        offers: [...smallDataset().offers, { id: 'ghost', org_id: 'nobody', function: 'onthaal', nis: '90009' }],
      };
      await expect(store.importDataset(broken)).rejects.toThrow();
      expect((await store.datasetInfo()).contentHash).toBe(before.contentHash);
      expect(await store.counts()).toEqual(beforeCounts);
      expect(await store.nodeDetail('nis:90009')).toBeUndefined();
    });
  });
}
