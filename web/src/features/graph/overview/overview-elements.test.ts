import type { Overview } from '@knooppunt/server/domain/overview';
import { describe, expect, it } from 'vitest';
import { project } from '../../../lib/geo-projection';
import { overviewElements } from './overview-elements';

// Zone z1 holds a and b; z2 holds c (which also lies in z1 second); d has no known place.
const overview: Overview = {
  zones: [
    { id: 'zone:z1', name: 'Z1', municipalities: ['nis:00001', 'nis:00002', 'nis:00003'], actors: 9 },
    { id: 'zone:z2', name: 'Z2', municipalities: ['nis:00003', 'nis:00004'], actors: 5 },
  ],
  municipalities: [
    { id: 'nis:00001', name: 'A', zones: ['zone:z1'], actors: { Organisation: 3, Offer: 1 } },
    { id: 'nis:00002', name: 'B', zones: ['zone:z1'], actors: { Network: 2 } },
    { id: 'nis:00003', name: 'C', zones: ['zone:z2', 'zone:z1'], actors: { Organisation: 3 } },
    { id: 'nis:00004', name: 'D', zones: ['zone:z2'], actors: { Organisation: 7 } },
  ],
  links: [
    { from: 'nis:00001', to: 'nis:00002', weight: 4 },
    { from: 'nis:00001', to: 'nis:00003', weight: 2 },
    { from: 'nis:00002', to: 'nis:00003', weight: 5 },
    { from: 'nis:00003', to: 'nis:00004', weight: 9 },
  ],
  nodes: 30,
  relationships: 40,
  unplaced: 0,
};
const centroids = new Map([
  ['00001', { lon: 3, lat: 51 }],
  ['00002', { lon: 4, lat: 51 }],
  ['00003', { lon: 5, lat: 50 }],
]);
const captions = { zone: (name: string, m: number, a: number) => `${name}:${m}:${a}`, municipality: (name: string, a: number) => `${name}:${a}` };

describe('overviewElements', () => {
  const elements = overviewElements(overview, centroids, captions);
  const byId = new Map(elements.map((element) => [String(element.data.id), element]));

  it('puts municipalities on their centroid and zones at the mean of their placed municipalities', () => {
    expect(byId.get('nis:00001')?.position).toEqual(project(3, 51));
    const [a, b, c] = [project(3, 51), project(4, 51), project(5, 50)];
    expect(byId.get('zone:z1')?.position?.x).toBeCloseTo((a.x + b.x + c.x) / 3, 6);
    expect(byId.get('zone:z1')?.position?.y).toBeCloseTo((a.y + b.y + c.y) / 3, 6);
    // C is the only one of z2's municipalities with a place.
    expect(byId.get('zone:z2')?.position).toEqual(c);
    expect(byId.has('nis:00004')).toBe(false);
  });

  it('counts actors per aggregate and captions them', () => {
    expect(byId.get('nis:00001')?.data).toMatchObject({ caption: 'A:4', actors: 4, zone: 'zone:z1', level: 'municipality' });
    // A zone's actors are the server's count (over all its municipalities, placed or not).
    expect(byId.get('zone:z1')?.data).toMatchObject({ caption: 'Z1:3:9', actors: 9, level: 'zone' });
  });

  it('sums the municipality links per pair of zones and leaves out links to places unknown', () => {
    const edges = elements.filter((element) => element.group === 'edges').map((element) => [element.classes, element.data.id, element.data.weight]);
    expect(edges).toEqual([
      ['lod-municipality', 'link:nis:00001|nis:00002', 4],
      ['lod-municipality', 'link:nis:00001|nis:00003', 2],
      ['lod-municipality', 'link:nis:00002|nis:00003', 5],
      ['lod-zone', 'link:zone:z1|zone:z2', 7],
    ]);
  });
});
