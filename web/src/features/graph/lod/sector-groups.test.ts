import type { GraphNode, Relationship, Subgraph } from '@knooppunt/server/domain/graph';
import type { Sector } from '@knooppunt/server/domain/vocabulary';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { collapseGroups, offerGroups, sectorGroups, type SectorGroupOptions } from './sector-groups';

const organisation = (id: string, sector: Sector): GraphNode => ({ id, label: 'Organisation', properties: { name: id, legalForm: 'nonprofit', sector } });
const rel = (id: string, type: 'MEMBER_OF' | 'PROVIDES' | 'OPERATES', from: string, to: string) =>
  ({ id, type, from, to, properties: type === 'MEMBER_OF' ? { role: 'member' } : {} }) as Relationship;

// Municipality 1 with four kinderopvang (k1..k4), one of them providing an offer, and two caw; a LOK all kinderopvang sit in.
const subgraph: Subgraph = {
  nodes: [
    { id: 'nis:1', label: 'Municipality', properties: { nis: '1', name: 'Een' } },
    { id: 'net:lok', label: 'Network', properties: { type: 'LOK', name: 'LOK', governanceModel: false } },
    organisation('org:k1', 'kinderopvang'),
    organisation('org:k2', 'kinderopvang'),
    organisation('org:k3', 'kinderopvang'),
    organisation('org:k4', 'kinderopvang'),
    organisation('org:c1', 'caw'),
    organisation('org:c2', 'caw'),
    { id: 'offer:o', label: 'Offer', properties: { function: 'kinderopvang_baby_peuter' } },
  ],
  relationships: [
    rel('m1', 'MEMBER_OF', 'org:k1', 'net:lok'),
    rel('m2', 'MEMBER_OF', 'org:k2', 'net:lok'),
    rel('m3', 'MEMBER_OF', 'org:k3', 'net:lok'),
    rel('m4', 'MEMBER_OF', 'org:k4', 'net:lok'),
    rel('p1', 'PROVIDES', 'org:k1', 'offer:o'),
    rel('op', 'OPERATES', 'nis:1', 'org:k2'),
  ],
};
const homes = new Map(['org:k1', 'org:k2', 'org:k3', 'org:k4', 'org:c1', 'org:c2'].map((id) => [id, 'nis:1']));
const options = (patch: Partial<SectorGroupOptions> = {}): SectorGroupOptions => ({ open: new Set(), keep: new Set(), minSize: 3, ...patch });

function elementsOf(graph: Subgraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((node): ElementDefinition => ({ group: 'nodes', data: { id: node.id, label: node.label } })),
    ...graph.relationships.map((r): ElementDefinition => ({ group: 'edges', data: { id: r.id, source: r.from, target: r.to, type: r.type } })),
  ];
}
const describeGroup = () => ({ name: 'n', caption: 'c', kind: 'k', colour: '#000' });

describe('sectorGroups', () => {
  it('groups a municipality’s organisations of one sector from the minimum size on, with their offers', () => {
    const groups = sectorGroups(subgraph, homes, options());
    expect(groups).toEqual([
      { id: 'group:nis:1:kinderopvang', municipality: 'nis:1', sector: 'kinderopvang', organisations: ['org:k1', 'org:k2', 'org:k3', 'org:k4'], offers: ['offer:o'] },
    ]);
    expect(sectorGroups(subgraph, homes, options({ minSize: 2 })).map((g) => g.id)).toEqual(['group:nis:1:caw', 'group:nis:1:kinderopvang']);
  });

  it('leaves open groups and groups holding a node to keep as they are', () => {
    expect(sectorGroups(subgraph, homes, options({ open: new Set(['group:nis:1:kinderopvang']) }))).toEqual([]);
    expect(sectorGroups(subgraph, homes, options({ keep: new Set(['org:k3']) }))).toEqual([]);
    // A kept offer stays out of its organisation's group.
    expect(sectorGroups(subgraph, homes, options({ keep: new Set(['offer:o']) }))[0]?.offers).toEqual([]);
  });

  it('never groups an organisation without a home', () => {
    expect(sectorGroups(subgraph, new Map([['org:k1', 'nis:1']]), options({ minSize: 1 })).map((g) => g.organisations)).toEqual([['org:k1']]);
  });
});

describe('collapseGroups', () => {
  it('draws a group as one node and sums its edges per type and outside end', () => {
    const groups = sectorGroups(subgraph, homes, options());
    const collapsed = collapseGroups(elementsOf(subgraph), groups, describeGroup);
    const ids = collapsed.map((element) => String(element.data.id));
    expect(ids.filter((id) => id.startsWith('org:') || id.startsWith('offer:'))).toEqual(['org:c1', 'org:c2']);
    const group = collapsed.find((element) => element.data.id === 'group:nis:1:kinderopvang');
    expect(group?.data).toMatchObject({ count: 4, offerCount: 1, group: true, sector: 'kinderopvang', municipality: 'nis:1' });
    const edges = collapsed.filter((element) => element.group === 'edges').map((element) => element.data);
    // Four memberships become one edge of weight 4; the operating edge is re-pointed; PROVIDES falls inside the group.
    expect(edges).toEqual([
      { id: 'sum:MEMBER_OF|group:nis:1:kinderopvang|net:lok', source: 'group:nis:1:kinderopvang', target: 'net:lok', type: 'MEMBER_OF', weight: 4 },
      { id: 'sum:OPERATES|nis:1|group:nis:1:kinderopvang', source: 'nis:1', target: 'group:nis:1:kinderopvang', type: 'OPERATES', weight: 1 },
    ]);
  });

  it('keeps the total weight of the edges that leave the groups', () => {
    const elements = elementsOf(subgraph);
    const groups = sectorGroups(subgraph, homes, options({ minSize: 2 }));
    const collapsed = collapseGroups(elements, groups, describeGroup);
    const crossing = (list: ElementDefinition[], inside: (id: string) => boolean) =>
      list.filter((e) => e.group === 'edges' && !(inside(String(e.data.source)) && inside(String(e.data.target)))).reduce((sum, e) => sum + Number(e.data.weight ?? 1), 0);
    const members = new Set(groups.flatMap((g) => [...g.organisations, ...g.offers]));
    const byGroup = new Map(groups.flatMap((g) => [...g.organisations, ...g.offers].map((id) => [id, g.id] as const)));
    const sameGroup = (e: ElementDefinition) => byGroup.get(String(e.data.source)) !== undefined && byGroup.get(String(e.data.source)) === byGroup.get(String(e.data.target));
    const before = elements.filter((e) => e.group === 'edges' && !sameGroup(e)).length;
    expect(crossing(collapsed, () => false)).toBe(before);
    expect(members.size).toBe(7);
  });

  it('returns the elements unchanged when nothing is grouped', () => {
    const elements = elementsOf(subgraph);
    expect(collapseGroups(elements, [], describeGroup)).toEqual(elements);
  });
});

describe('offerGroups', () => {
  // Municipality 2 with four after-school offers and two sport offers, one after-school offer provided by a grouped
  // organisation, and one offer located nowhere.
  const offer = (id: string, offerFunction: 'buitenschoolse_opvang' | 'sport'): GraphNode => ({ id, label: 'Offer', properties: { function: offerFunction } }) as GraphNode;
  const located = (id: string, offerId: string) => ({ id, type: 'LOCATED_IN', from: offerId, to: 'nis:2', properties: {} }) as Relationship;
  const offers: Subgraph = {
    nodes: [
      { id: 'nis:2', label: 'Municipality', properties: { nis: '2', name: 'Twee' } },
      offer('offer:a1', 'buitenschoolse_opvang'),
      offer('offer:a2', 'buitenschoolse_opvang'),
      offer('offer:a3', 'buitenschoolse_opvang'),
      offer('offer:a4', 'buitenschoolse_opvang'),
      offer('offer:s1', 'sport'),
      offer('offer:s2', 'sport'),
      offer('offer:nowhere', 'buitenschoolse_opvang'),
      organisation('org:x', 'boa'),
    ],
    relationships: ['offer:a1', 'offer:a2', 'offer:a3', 'offer:a4', 'offer:s1', 'offer:s2'].map((id, index) => located(`l${index}`, id)),
  };

  it('groups the offers of one municipality and function from the minimum size on, leaving grouped ones out', () => {
    expect(offerGroups(offers, new Set(), options())).toEqual([
      { id: 'offers:nis:2:buitenschoolse_opvang', municipality: 'nis:2', function: 'buitenschoolse_opvang', offers: ['offer:a1', 'offer:a2', 'offer:a3', 'offer:a4'] },
    ]);
    expect(offerGroups(offers, new Set(), options({ minSize: 2 })).map((group) => group.id)).toEqual(['offers:nis:2:buitenschoolse_opvang', 'offers:nis:2:sport']);
    // Offers already in a sector group with their organisation: two left, too few.
    expect(offerGroups(offers, new Set(['offer:a1', 'offer:a2']), options())).toEqual([]);
  });

  it('leaves open groups and groups holding a node to keep as they are', () => {
    expect(offerGroups(offers, new Set(), options({ open: new Set(['offers:nis:2:buitenschoolse_opvang']) }))).toEqual([]);
    expect(offerGroups(offers, new Set(), options({ keep: new Set(['offer:a3']) }))).toEqual([]);
  });

  it('collapses into one offer node with the edges summed onto it', () => {
    const withProvider: Subgraph = { ...offers, relationships: [...offers.relationships, rel('p', 'PROVIDES', 'org:x', 'offer:a1'), rel('q', 'PROVIDES', 'org:x', 'offer:a2')] };
    const groups = offerGroups(withProvider, new Set(), options());
    const collapsed = collapseGroups(elementsOf(withProvider), groups, describeGroup);
    const group = collapsed.find((element) => element.data.id === 'offers:nis:2:buitenschoolse_opvang');
    expect(group?.data).toMatchObject({ label: 'Offer', shape: 'round-triangle', group: true, count: 4, function: 'buitenschoolse_opvang', municipality: 'nis:2' });
    expect(collapsed.filter((element) => String(element.data.id).startsWith('offer:a'))).toEqual([]);
    const summed = collapsed.filter((element) => String(element.data.id).startsWith('sum:'));
    expect(summed.map((element) => [element.data.type, element.data.source, element.data.target, element.data.weight])).toEqual([
      ['LOCATED_IN', 'offers:nis:2:buitenschoolse_opvang', 'nis:2', 4],
      ['PROVIDES', 'org:x', 'offers:nis:2:buitenschoolse_opvang', 2],
    ]);
  });
});
