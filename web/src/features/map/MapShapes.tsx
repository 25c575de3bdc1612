// The municipalities' shapes, drawn once per measure: memoised apart from the canvas, so a tooltip following
// the pointer never re-renders 304 paths. Events are handled by the canvas for the whole group.
import { memo } from 'react';
import { NO_DATA_COLOUR } from './map-colours';
import type { ProjectedShape } from './map-geometry';
import type { MapReadings } from './use-map-model';

export interface ShapeText {
  /** "Niel — 3 bevindingen": the accessible name and the tooltip's first line. */
  name: string;
  detail: string[];
}

export interface MapShapesProps {
  shapes: readonly ProjectedShape[];
  readings: MapReadings;
  labels: ReadonlyMap<string, ShapeText>;
  /** The zone or province zoomed to; the rest steps back. */
  inFocus: ReadonlySet<string> | undefined;
  selectedNis: string | undefined;
  /** Frame units per screen unit, so a border keeps its width on screen at any zoom. */
  scale: number;
}

export const MapShapes = memo(function MapShapes({ shapes, readings, labels, inFocus, selectedNis, scale }: MapShapesProps) {
  return (
    <>
      {shapes.map((shape) => {
        const reading = readings.readings.get(shape.nis);
        const fill = reading === undefined ? NO_DATA_COLOUR : (readings.colours[reading.classIndex] ?? NO_DATA_COLOUR);
        return (
          <path
            key={shape.nis}
            d={shape.d}
            fill={fill}
            fillOpacity={inFocus === undefined || inFocus.has(shape.nis) ? 1 : 0.4}
            stroke="#ffffff"
            strokeWidth={0.6 * scale}
            className={reading === undefined ? 'map-shape map-shape--no-data' : 'map-shape'}
            data-nis={shape.nis}
            data-class={reading?.classIndex ?? ''}
            data-value={reading?.value ?? ''}
            tabIndex={0}
            role="button"
            aria-label={labels.get(shape.nis)?.name ?? shape.name}
            aria-pressed={shape.nis === selectedNis}
          />
        );
      })}
    </>
  );
});
