import { describe, expect, it } from 'vitest';
import { homeMunicipalities } from './home-municipality';

const node = (id: string, label: 'Municipality' | 'Zone' | 'Network' | 'Organisation' | 'Offer') => ({ id, label });
const rel = (type: string, from: string, to: string) => ({ type, from, to }) as { type: 'COVERS'; from: string; to: string };

describe('homeMunicipalities', () => {
  const nodes = [
    node('nis:1', 'Municipality'),
    node('nis:2', 'Municipality'),
    node('zone:z', 'Zone'),
    node('net:directed', 'Network'),
    node('net:covering', 'Network'),
    node('org:operated', 'Organisation'),
    node('org:by-offers', 'Organisation'),
    node('org:by-network', 'Organisation'),
    node('org:adrift', 'Organisation'),
    node('offer:a', 'Offer'),
    node('offer:b', 'Offer'),
    node('offer:c', 'Offer'),
  ];
  const relationships = [
    rel('IN_ZONE', 'nis:1', 'zone:z'),
    rel('DIRECTS', 'nis:2', 'net:directed'),
    rel('COVERS', 'net:directed', 'nis:1'),
    rel('COVERS', 'net:covering', 'nis:2'),
    rel('COVERS', 'net:covering', 'nis:1'),
    rel('OPERATES', 'nis:2', 'org:operated'),
    rel('PROVIDES', 'org:operated', 'offer:a'),
    rel('LOCATED_IN', 'offer:a', 'nis:1'),
    rel('PROVIDES', 'org:by-offers', 'offer:b'),
    rel('PROVIDES', 'org:by-offers', 'offer:c'),
    rel('LOCATED_IN', 'offer:b', 'nis:2'),
    rel('LOCATED_IN', 'offer:c', 'nis:2'),
    rel('MEMBER_OF', 'org:by-network', 'net:covering'),
  ];

  it('places each node by the rule of its label, worked out by hand', () => {
    const homes = homeMunicipalities(nodes, relationships);
    expect(Object.fromEntries(homes)).toEqual({
      'nis:1': 'nis:1',
      'nis:2': 'nis:2',
      'net:directed': 'nis:2', // directed beats covered
      'net:covering': 'nis:1', // the smallest covered id
      'org:operated': 'nis:2', // operator beats where its offers are
      'org:by-offers': 'nis:2',
      'org:by-network': 'nis:1', // its network's home
      'offer:a': 'nis:1',
      'offer:b': 'nis:2',
      'offer:c': 'nis:2',
    });
  });

  it('does not depend on the order of nodes or relationships', () => {
    const forward = homeMunicipalities(nodes, relationships);
    const backward = homeMunicipalities([...nodes].reverse(), [...relationships].reverse());
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('ignores relationships to nodes outside the input', () => {
    const homes = homeMunicipalities([node('org:x', 'Organisation')], [rel('OPERATES', 'nis:9', 'org:x')]);
    expect(homes.size).toBe(0);
  });
});
