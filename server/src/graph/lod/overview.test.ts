import { describe, expect, it } from 'vitest';
import { buildOverview } from './overview';

const n = (id: string, label: 'Municipality' | 'Zone' | 'Network' | 'Organisation' | 'Offer', name = id) => ({ id, label, name });
const r = (type: string, from: string, to: string) => ({ type, from, to }) as { type: 'COVERS'; from: string; to: string };

// Two zones; A and B in zone 1, C in zone 2 and zone 1 (like Antwerpen in several); an organisation
// of A that is a member of a network directed by C, with an offer located in B; an unplaced organisation.
const nodes = [
  n('nis:a', 'Municipality', 'A'),
  n('nis:b', 'Municipality', 'B'),
  n('nis:c', 'Municipality', 'C'),
  n('zone:1', 'Zone', 'Eén'),
  n('zone:2', 'Zone', 'Twee'),
  n('net:c', 'Network'),
  n('org:a', 'Organisation'),
  n('org:lost', 'Organisation'),
  n('offer:b', 'Offer'),
];
const relationships = [
  r('IN_ZONE', 'nis:a', 'zone:1'),
  r('IN_ZONE', 'nis:b', 'zone:1'),
  r('IN_ZONE', 'nis:c', 'zone:2'),
  r('IN_ZONE', 'nis:c', 'zone:1'),
  r('ADJACENT_TO', 'nis:a', 'nis:b'),
  r('DIRECTS', 'nis:c', 'net:c'),
  r('COVERS', 'net:c', 'nis:a'),
  r('OPERATES', 'nis:a', 'org:a'),
  r('MEMBER_OF', 'org:a', 'net:c'),
  r('PROVIDES', 'org:a', 'offer:b'),
  r('LOCATED_IN', 'offer:b', 'nis:b'),
];

describe('buildOverview', () => {
  const overview = buildOverview(nodes, relationships);

  it('counts each actor at its home municipality and in that municipality’s zones', () => {
    expect(overview.municipalities).toEqual([
      { id: 'nis:a', name: 'A', zones: ['zone:1'], actors: { Organisation: 1 } },
      { id: 'nis:b', name: 'B', zones: ['zone:1'], actors: { Offer: 1 } },
      { id: 'nis:c', name: 'C', zones: ['zone:1', 'zone:2'], actors: { Network: 1 } },
    ]);
    expect(overview.zones).toEqual([
      { id: 'zone:1', name: 'Eén', municipalities: ['nis:a', 'nis:b', 'nis:c'], actors: 3 },
      { id: 'zone:2', name: 'Twee', municipalities: ['nis:c'], actors: 1 },
    ]);
    expect([overview.nodes, overview.relationships, overview.unplaced]).toEqual([9, 11, 1]);
  });

  it('sums collaboration between municipalities, leaving out zones, adjacency and what stays within one', () => {
    // a–c: COVERS (net:c→A), DIRECTS is within C, OPERATES within A, MEMBER_OF (org:a→net:c); a–b: PROVIDES (org:a→offer:b); LOCATED_IN within B.
    expect(overview.links).toEqual([
      { from: 'nis:a', to: 'nis:b', weight: 1 },
      { from: 'nis:a', to: 'nis:c', weight: 2 },
    ]);
  });

  it('is the same whatever order the graph comes in', () => {
    expect(buildOverview([...nodes].reverse(), [...relationships].reverse())).toEqual(overview);
  });
});
