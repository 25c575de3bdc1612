// The map's geometry, all from the one boundary topology: municipality shapes, zone borders drawn on the
// shared municipal borders, the border two municipalities share, and the outline of a set of them
// (a zone, a network's area). topojson-client does the topology, d3-geo the projection and SVG paths.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface ShapeProperties {
  nis: string;
  name: string;
  province?: string;
}

export type BoundaryTopology = Topology<{ municipalities: GeometryCollection<ShapeProperties> }>;
type ShapeGeometry = GeometryObject<ShapeProperties> | GeometryObject;

export function municipalityShapes(topology: BoundaryTopology): FeatureCollection<Polygon | MultiPolygon, ShapeProperties> {
  return feature(topology, topology.objects.municipalities) as FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;
}

const nisOf = (geometry: ShapeGeometry): string => (geometry.properties as Partial<ShapeProperties> | undefined)?.nis ?? '';

/**
 * Belgian Lambert 72's own cone (standard parallels 49°50' and 51°10', central meridian 4°22'), fitted
 * to the frame: Flanders looks as on every official map, and areas and angles stay true enough to compare.
 */
export function flandersProjection(shapes: FeatureCollection, width: number, height: number): GeoProjection {
  return geoConicConformal().parallels([49.8333339, 51.1666672]).rotate([-4.3674867, 0]).fitSize([width, height], shapes);
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

export function projectShapes(shapes: FeatureCollection<Polygon | MultiPolygon, ShapeProperties>, projection: GeoProjection): ProjectedShape[] {
  const path = geoPath(projection);
  return shapes.features.map((shape: Feature<Polygon | MultiPolygon, ShapeProperties>) => ({
    nis: shape.properties.nis,
    name: shape.properties.name,
    province: shape.properties.province,
    d: path(shape) ?? '',
    centroid: path.centroid(shape),
  }));
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

/** The border two municipalities share; empty (no coordinates) when they do not touch. */
export function sharedBorder(topology: BoundaryTopology, one: string, other: string): MultiLineString {
  return mesh(topology, topology.objects.municipalities, (a, b) => {
    const [x, y] = [nisOf(a), nisOf(b)];
    return (x === one && y === other) || (x === other && y === one);
  });
}

/** The outline of a set of municipalities, inner borders dissolved; empty when none is on the map. */
export function outlineOf(topology: BoundaryTopology, municipalities: ReadonlySet<string>): MultiPolygon {
  const members = topology.objects.municipalities.geometries.filter((geometry) => municipalities.has(nisOf(geometry)));
  return merge(topology, members as Parameters<typeof merge>[1]);
}

/** Bounds [[x0, y0], [x1, y1]] of a set of shapes on screen, to zoom to them. */
export function boundsOf(topology: BoundaryTopology, municipalities: ReadonlySet<string>, projection: GeoProjection): [[number, number], [number, number]] | undefined {
  const outline = outlineOf(topology, municipalities);
  if (outline.coordinates.length === 0) return undefined;
  return geoPath(projection).bounds(outline);
}
