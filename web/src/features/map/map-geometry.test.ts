// A tiny hand-made topology: three unit squares in a row, A | B | C, so every border is known by hand.
import { quantize } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { boundsOf, outlineOf, planarMap, sharedBorder, zoneBorders, type BoundaryTopology } from './map-geometry';

// Arcs (unquantised, lon/lat): 0 = A's outer edge, 1 = A|B, 2 = B's top, 3 = B|C, 4 = C's outer edge, 5 = B's bottom.
const topology: BoundaryTopology = {
  type: 'Topology',
  arcs: [
    [[4.01, 51.0], [4.0, 51.0], [4.0, 51.01], [4.01, 51.01]],
    [[4.01, 51.01], [4.01, 51.0]],
    [[4.02, 51.01], [4.01, 51.01]],
    [[4.02, 51.0], [4.02, 51.01]],
    [[4.02, 51.01], [4.03, 51.01], [4.03, 51.0], [4.02, 51.0]],
    [[4.01, 51.0], [4.02, 51.0]],
  ],
  objects: {
    municipalities: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { nis: '11001', name: 'A' } },
        { type: 'Polygon', arcs: [[~1, ~2, ~3, ~5]], properties: { nis: '11002', name: 'B' } },
        { type: 'Polygon', arcs: [[3, 4]], properties: { nis: '11003', name: 'C' } },
      ],
    },
  },
};

/** Every segment of a line geometry, written the same whichever way it runs. */
const segments = (geometry: { coordinates: number[][][] }) =>
  geometry.coordinates.flatMap((line) => line.slice(1).map((point, index) => [`${line[index]}`, `${point}`].sort().join(' ')));

describe('sharedBorder', () => {
  it('is the one arc two neighbours share, whichever order they are named in', () => {
    expect(segments(sharedBorder(topology, '11001', '11002'))).toEqual(['4.01,51 4.01,51.01']);
    expect(segments(sharedBorder(topology, '11003', '11002'))).toEqual(['4.02,51 4.02,51.01']);
  });

  it('is empty for municipalities that do not touch', () => {
    expect(sharedBorder(topology, '11001', '11003').coordinates).toEqual([]);
  });
});

describe('zoneBorders', () => {
  it('draws the arcs between different zones and the outer edge, not those inside a zone', () => {
    const zones: Record<string, string[]> = { '11001': ['zone:x'], '11002': ['zone:x'], '11003': ['zone:y'] };
    const borders = segments(zoneBorders(topology, (nis) => zones[nis]));
    expect(borders).toContain('4.02,51 4.02,51.01');
    expect(borders).not.toContain('4.01,51 4.01,51.01');
    // The outer edge: A's three sides, B's top and bottom, C's three sides; and B|C.
    expect(borders).toHaveLength(9);
  });

  it('draws nothing inside when every municipality shares one zone set', () => {
    const borders = segments(zoneBorders(topology, () => ['zone:x']));
    expect(borders).not.toContain('4.02,51 4.02,51.01');
    expect(borders).toHaveLength(8);
  });
});

describe('outlineOf and boundsOf', () => {
  it('dissolves the inner border of a set into one ring', () => {
    const outline = outlineOf(topology, new Set(['11001', '11002']));
    expect(outline.coordinates).toHaveLength(1);
    const ring = outline.coordinates[0]![0]!;
    // No edge of the ring runs along A|B (x = 4.01); it does run along B|C (x = 4.02), now the outer edge.
    const vertical = (x: number) => ring.some(([x0, y0], index) => index > 0 && x0 === x && ring[index - 1]![0] === x && ring[index - 1]![1] !== y0);
    expect(vertical(4.01)).toBe(false);
    expect(vertical(4.02)).toBe(true);
  });

  it('bounds a set on screen inside the frame, and none for an empty set', () => {
    const map = planarMap(topology, 300, 100);
    const [[ax0, ay0], [ax1, ay1]] = boundsOf(map, new Set(['11001']))!;
    const [[cx0], [cx1]] = boundsOf(map, new Set(['11003']))!;
    const [[x0, y0], [x1, y1]] = boundsOf(map, new Set(['11001', '11002', '11003']))!;
    // C lies right of A with B between them, and all three fill the frame's height.
    expect(Math.abs((cx0 - ax1) / (ax1 - ax0) - 1)).toBeLessThan(0.05);
    expect(cx1).toBeGreaterThan(cx0);
    expect([x0 >= -0.5, x1 <= 300.5, y0 >= -0.5, y1 <= 100.5]).toEqual([true, true, true, true]);
    expect(y1 - y0).toBeGreaterThan(99);
    expect(ay1 - ay0).toBeGreaterThan(99);
    expect(boundsOf(map, new Set(['99999']))).toBeUndefined();
  });

  it('projects every shape into the frame with its name, and a path that closes', () => {
    const map = planarMap(topology, 300, 100);
    expect(map.shapes.map((shape) => shape.name)).toEqual(['A', 'B', 'C']);
    for (const shape of map.shapes) expect(shape.d).toMatch(/^M[\d.,-]+(L[\d.,-]+)+Z$/);
    // A quantised topology (delta-encoded arcs) gives the same shapes as the plain one.
    const quantised = quantize(topology, 1e4) as BoundaryTopology;
    expect(planarMap(quantised, 300, 100).shapes.map((shape) => shape.centroid.map(Math.round))).toEqual(map.shapes.map((shape) => shape.centroid.map(Math.round)));
  });
});
