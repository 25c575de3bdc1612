// Everything the map draws, derived once per input: shapes projected once per topology, readings per
// measure, borders per dataset. Recolouring touches only the readings, never the geometry.
import type { MapMunicipality, MapOverview } from '@knooppunt/server/domain/map-overview';
import { geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { classColours } from './map-colours';
import { readMeasure, type MapMeasure, type MeasureResult } from './map-measure';
import {
  boundsOf,
  flandersProjection,
  municipalityShapes,
  outlineOf,
  projectShapes,
  sharedBorder,
  zoneBorders,
  type BoundaryTopology,
  type ProjectedShape,
} from './map-geometry';

/** The drawing's own coordinate frame; the SVG scales it to whatever room it gets. */
export const FRAME = { width: 1000, height: 440 } as const;

export interface MapGeometry {
  topology: BoundaryTopology;
  shapes: ProjectedShape[];
  path: ReturnType<typeof geoPath>;
  projection: ReturnType<typeof flandersProjection>;
}

export function useMapGeometry(topology: BoundaryTopology | undefined): MapGeometry | undefined {
  return useMemo(() => {
    if (topology === undefined) return undefined;
    const features = municipalityShapes(topology);
    const projection = flandersProjection(features, FRAME.width, FRAME.height);
    return { topology, shapes: projectShapes(features, projection), path: geoPath(projection), projection };
  }, [topology]);
}

export interface MapReadings extends MeasureResult {
  colours: string[];
  byNis: Map<string, MapMunicipality>;
}

export function useMapReadings(overview: MapOverview | undefined, measure: MapMeasure): MapReadings | undefined {
  const byNis = useMemo(() => new Map((overview?.municipalities ?? []).map((municipality) => [municipality.nis, municipality])), [overview]);
  return useMemo(() => {
    if (overview === undefined) return undefined;
    const result = readMeasure(measure, overview.municipalities);
    return { ...result, colours: classColours(result.classes), byNis };
  }, [overview, measure, byNis]);
}

/** Zone borders on the shared municipal arcs, from the dataset's zone membership. */
export function useZoneBorderPath(geometry: MapGeometry | undefined, byNis: Map<string, MapMunicipality> | undefined): string {
  return useMemo(() => {
    if (geometry === undefined || byNis === undefined) return '';
    return geometry.path(zoneBorders(geometry.topology, (nis) => byNis.get(nis)?.zones)) ?? '';
  }, [geometry, byNis]);
}

export interface ContinuityLine {
  finding: string;
  networkType: string;
  d: string;
}

export function useContinuityLines(geometry: MapGeometry | undefined, overview: MapOverview | undefined): ContinuityLine[] {
  return useMemo(() => {
    if (geometry === undefined || overview === undefined) return [];
    return overview.continuity
      .map((border) => ({
        finding: border.finding,
        networkType: border.networkType,
        d: geometry.path(sharedBorder(geometry.topology, border.uncovered, border.covered)) ?? '',
      }))
      .filter((line) => line.d !== '');
  }, [geometry, overview]);
}

/** The outline of a set of municipalities (a network's area, a finding's municipalities); '' when empty. */
export function useOutlinePath(geometry: MapGeometry | undefined, municipalities: readonly string[]): string {
  const key = [...municipalities].sort().join(',');
  return useMemo(() => {
    if (geometry === undefined || key === '') return '';
    return geometry.path(outlineOf(geometry.topology, new Set(key.split(',')))) ?? '';
  }, [geometry, key]);
}

/** The viewBox that shows a set of municipalities with a margin, or the whole frame. */
export function useViewBox(geometry: MapGeometry | undefined, municipalities: readonly string[] | undefined): string {
  const key = municipalities === undefined ? '' : [...municipalities].sort().join(',');
  return useMemo(() => {
    const whole = `0 0 ${FRAME.width} ${FRAME.height}`;
    if (geometry === undefined || key === '') return whole;
    const bounds = boundsOf(geometry.topology, new Set(key.split(',')), geometry.projection);
    if (bounds === undefined) return whole;
    const [[x0, y0], [x1, y1]] = bounds;
    // Keep the frame's aspect, so zooming never stretches the shapes, with 6 % margin around.
    const scale = Math.max((x1 - x0) / FRAME.width, (y1 - y0) / FRAME.height) * 1.12;
    const width = FRAME.width * scale;
    const height = FRAME.height * scale;
    return `${(x0 + x1 - width) / 2} ${(y0 + y1 - height) / 2} ${width} ${height}`;
  }, [geometry, key]);
}
