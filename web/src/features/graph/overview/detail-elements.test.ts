import type { Subgraph } from '@knooppunt/server/domain/graph';
import { describe, expect, it } from 'vitest';
import { project } from '../../../lib/geo-projection';
import { detailElements } from './detail-elements';

// Municipality 1 (on the canvas as an aggregate) with an organisation and its offer; municipality 9 has no
// aggregate (no known place); a zone both lie in.
const subgraph = {
  nodes: [
    { id: 'nis:00001', label: 'Municipality', properties: { nis: '00001', name: 'Een' } },
    { id: 'nis:00009', label: 'Municipality', properties: { nis: '00009', name: 'Negen' } },
    { id: 'zone:z', label: 'Zone', properties: { name: 'Z' } },
    { id: 'org:a', label: 'Organisation', properties: { name: 'Kinderdagverblijf met een heel lange naam aan de Schelde', legalForm: 'private', sector: 'kinderopvang' } },
    { id: 'offer:a', label: 'Offer', properties: { function: 'kinderopvang_baby_peuter' } },
  ],
  relationships: [
    { id: 'r:zone', type: 'IN_ZONE', from: 'nis:00001', to: 'zone:z', properties: {} },
    { id: 'r:adj', type: 'ADJACENT_TO', from: 'nis:00001', to: 'nis:00009', properties: {} },
    { id: 'r:op', type: 'OPERATES', from: 'nis:00001', to: 'org:a', properties: {} },
    { id: 'r:op9', type: 'OPERATES', from: 'nis:00009', to: 'org:a', properties: {} },
    { id: 'r:prov', type: 'PROVIDES', from: 'org:a', to: 'offer:a', properties: {} },
    { id: 'r:loc', type: 'LOCATED_IN', from: 'offer:a', to: 'nis:00001', properties: {} },
  ],
} as Subgraph;
const centroids = new Map([['00001', { lon: 4, lat: 51 }]]);
const onCanvas = new Set(['nis:00001']);

describe('detailElements', () => {
  const batch = detailElements([subgraph, subgraph], centroids, (id) => onCanvas.has(id));

  it('adds the actors once, not the municipalities and zones already drawn as aggregates', () => {
    expect(batch.nodes.map((node) => node.id)).toEqual(['org:a', 'offer:a']);
  });

  it('keeps only relationships with both ends drawn, none to a zone, and not where an offer is located', () => {
    expect(batch.edges.map((edge) => edge.id).sort()).toEqual(['r:op', 'r:prov']);
    expect(batch.edges.find((edge) => edge.id === 'r:op')).toEqual({ id: 'r:op', source: 'nis:00001', target: 'org:a', colour: '#5b8fc7' });
  });

  it('styles the nodes as the stylesheet did: colour by sector or domain, shape by label, offers smaller', () => {
    const [organisation, offer] = batch.nodes;
    expect([organisation?.colour, organisation?.shape, organisation?.size]).toEqual(['#e3a33b', 'ellipse', 14]);
    expect([offer?.shape, offer?.size]).toEqual(['round-triangle', 8]);
  });

  it('leaves out what is drawn already', () => {
    const again = detailElements([subgraph], centroids, (id) => onCanvas.has(id) || batch.nodes.some((node) => node.id === id) || id === 'r:op');
    expect([again.nodes.length, again.edges.map((edge) => edge.id)]).toEqual([0, ['r:prov']]);
  });

  it('places the actors near their municipality and shortens long names', () => {
    const centre = project(4, 51);
    const organisation = batch.nodes.find((node) => node.id === 'org:a');
    expect(Math.hypot((organisation?.x ?? Infinity) - centre.x, (organisation?.y ?? Infinity) - centre.y)).toBeLessThan(100);
    expect(String(organisation?.caption)).toHaveLength(28);
  });
});
