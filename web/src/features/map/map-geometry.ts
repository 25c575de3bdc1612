// The map's geometry, all from the one boundary topology: municipality shapes, zone borders drawn on the
// shared municipal borders, the border two municipalities share, and the outline of a set of them
// (a zone, a network's area). topojson-client does the topology, d3-geo the projection and SVG paths.
import { geoConicConformal, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh, transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface ShapeProperties {
  nis: string;
  name: string;
  province?: string;
}

export type BoundaryTopology = Topology<{ municipalities: GeometryCollection<ShapeProperties> }>;
type ShapeGeometry = GeometryObject<ShapeProperties> | GeometryObject;

const nisOf = (geometry: ShapeGeometry): string => (geometry.properties as Partial<ShapeProperties> | undefined)?.nis ?? '';

/**
 * Belgian Lambert 72's own cone (standard parallels 49°50' and 51°10', central meridian 4°22'): Flanders
 * looks as on every official map, and areas and angles stay true enough to compare.
 */
export function flandersProjection(): GeoProjection {
  return geoConicConformal().parallels([49.8333339, 51.1666672]).rotate([-4.3674867, 0]);
}

/** The boundaries projected once onto the drawing's plane, ready for SVG. */
export interface PlanarMap {
  /** The same topology with planar coordinates (no quantisation left), for borders and outlines. */
  topology: BoundaryTopology;
  shapes: ProjectedShape[];
  /** Planar geometry → SVG path, with one decimal: a tenth of a frame unit is below a pixel even zoomed in. */
  path: GeoPath;
}

/**
 * Projects every arc point once and draws the rest in the plane. d3-geo projecting whole polygons clips
 * and resamples them on the sphere, which at this scale changes nothing visible and took 300 ms for
 * Flanders' 304 shapes here; points alone take a few milliseconds. The fit uses those points too.
 */
export function planarMap(topology: BoundaryTopology, width: number, height: number): PlanarMap {
  const decode = topology.transform === undefined ? undefined : transform(topology.transform);
  const arcs = topology.arcs.map((arc) => arc.map((point, index) => (decode ? decode(point, index !== 0) : point) as [number, number]));
  const projection = flandersProjection().fitSize([width, height], { type: 'MultiPoint', coordinates: arcs.flat() });
  const planar: BoundaryTopology = {
    type: 'Topology',
    objects: topology.objects,
    arcs: arcs.map((arc) => arc.map((point) => projection(point) ?? [0, 0])),
  };
  const path = geoPath().digits(1);
  const shapes = feature(planar, planar.objects.municipalities) as FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;
  return {
    topology: planar,
    path,
    shapes: shapes.features.map((shape: Feature<Polygon | MultiPolygon, ShapeProperties>) => ({
      nis: shape.properties.nis,
      name: shape.properties.name,
      province: shape.properties.province,
      d: path(shape) ?? '',
      centroid: path.centroid(shape),
    })),
  };
}

export interface ProjectedShape {
  nis: string;
  name: string;
  province: string | undefined;
  /** The SVG path. */
  d: string;
  /** Where a label or a keyboard tooltip goes. */
  centroid: [number, number];
}

/** Zones of a municipality, compared as a set: a border is a zone border where the sets differ. */
const zoneKey = (zones: readonly string[] | undefined): string => [...(zones ?? [])].sort().join('|');

/**
 * Zone borders as lines on the shared municipal arcs: every arc between two municipalities whose zones
 * differ, and the outer edge. A municipality in several zones (Antwerpen) differs from its neighbours.
 */
export function zoneBorders(topology: BoundaryTopology, zonesOf: (nis: string) => readonly string[] | undefined): MultiLineString {
  return mesh(topology, topology.objects.municipalities, (a, b) => a === b || zoneKey(zonesOf(nisOf(a))) !== zoneKey(zonesOf(nisOf(b))));
}

/**
 * The border two municipalities share; empty (no coordinates) when they do not touch. The mesh runs over
 * the two shapes alone, so drawing a hundred borders costs a hundred small meshes, not a hundred of Flanders.
 */
export function sharedBorder(topology: BoundaryTopology, one: string, other: string): MultiLineString {
  const pair = topology.objects.municipalities.geometries.filter((geometry) => nisOf(geometry) === one || nisOf(geometry) === other);
  return mesh(topology, { type: 'GeometryCollection', geometries: pair } as Parameters<typeof mesh>[1], (a, b) => a !== b);
}

/** The outline of a set of municipalities, inner borders dissolved; empty when none is on the map. */
export function outlineOf(topology: BoundaryTopology, municipalities: ReadonlySet<string>): MultiPolygon {
  const members = topology.objects.municipalities.geometries.filter((geometry) => municipalities.has(nisOf(geometry)));
  return merge(topology, members as Parameters<typeof merge>[1]);
}

/** Bounds [[x0, y0], [x1, y1]] of a set of shapes in the plane, to zoom to them. */
export function boundsOf(map: PlanarMap, municipalities: ReadonlySet<string>): [[number, number], [number, number]] | undefined {
  const outline = outlineOf(map.topology, municipalities);
  if (outline.coordinates.length === 0) return undefined;
  return map.path.bounds(outline);
}
