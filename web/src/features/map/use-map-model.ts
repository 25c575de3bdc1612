// Everything the map draws, derived once per input: shapes projected once per topology, readings per
// measure, borders per dataset. Recolouring touches only the readings, never the geometry.
import type { ContinuityBorder, MapMunicipality, MapOverview } from '@knooppunt/server/domain/map-overview';
import { useMemo } from 'react';
import { useByContent } from '../../lib/use-by-content';
import { classColours } from './map-colours';
import { readMeasure, type MapMeasure, type MeasureResult } from './map-measure';
import { boundsOf, outlineOf, planarMap, sharedBorder, zoneBorders, type BoundaryTopology, type PlanarMap } from './map-geometry';

/** The drawing's own coordinate frame; the SVG scales it to whatever room it gets. */
export const FRAME = { width: 1000, height: 440 } as const;

export type MapGeometry = PlanarMap;

export function useMapGeometry(topology: BoundaryTopology | undefined): MapGeometry | undefined {
  return useMemo(() => (topology === undefined ? undefined : planarMap(topology, FRAME.width, FRAME.height)), [topology]);
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

/** The shared border of each coverage break shown; only those drawn are computed. */
export function useContinuityLines(geometry: MapGeometry | undefined, borders: readonly ContinuityBorder[]): ContinuityLine[] {
  // A new list with the same findings draws the same lines.
  const shown = useByContent(borders, (a, b) => a.finding === b.finding);
  return useMemo(() => {
    if (geometry === undefined) return [];
    return shown
      .map((border) => ({
        finding: border.finding,
        networkType: border.networkType,
        d: geometry.path(sharedBorder(geometry.topology, border.uncovered, border.covered)) ?? '',
      }))
      .filter((line) => line.d !== '');
  }, [geometry, shown]);
}

/** The outline of a set of municipalities (a network's area, a finding's municipalities); '' when empty. */
export function useOutlinePath(geometry: MapGeometry | undefined, municipalities: readonly string[]): string {
  const key = [...municipalities].sort().join(',');
  return useMemo(() => {
    if (geometry === undefined || key === '') return '';
    return geometry.path(outlineOf(geometry.topology, new Set(key.split(',')))) ?? '';
  }, [geometry, key]);
}

/**
 * The viewBox that shows a set of municipalities with a margin, or all of them, in the aspect of the box
 * the map is drawn in: the SVG draws beyond its viewBox to fill its box, so a viewBox of another shape
 * would show more than was asked for.
 */
export function useViewBox(geometry: MapGeometry | undefined, municipalities: readonly string[] | undefined, aspect: number): string {
  const key = municipalities === undefined ? '' : [...municipalities].sort().join(',');
  return useMemo(() => {
    const whole: [[number, number], [number, number]] = [
      [0, 0],
      [FRAME.width, FRAME.height],
    ];
    const bounds = geometry === undefined || key === '' ? whole : (boundsOf(geometry, new Set(key.split(','))) ?? whole);
    const [[x0, y0], [x1, y1]] = bounds;
    const margin = bounds === whole ? 1.02 : 1.12;
    const ratio = Number.isFinite(aspect) && aspect > 0 ? aspect : FRAME.width / FRAME.height;
    const width = Math.max(x1 - x0, (y1 - y0) * ratio) * margin;
    const height = width / ratio;
    return `${round((x0 + x1 - width) / 2)} ${round((y0 + y1 - height) / 2)} ${round(width)} ${round(height)}`;
  }, [geometry, key, aspect]);
}

const round = (value: number) => Math.round(value * 10) / 10;
