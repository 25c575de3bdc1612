// The legend follows the measure: one swatch per class with how many municipalities fall in it.
import { useI18n } from '../../lib/i18n/i18n';
import { NO_DATA_COLOUR } from './map-colours';
import type { MapMeasure } from './map-measure';
import { classNames, measureName } from './measure-text';
import { useMapText } from './map-text';
import type { MapReadings } from './use-map-model';

export function MapLegend({ measure, readings, threshold, shapesWithoutData }: { measure: MapMeasure; readings: MapReadings; threshold: number; shapesWithoutData: number }) {
  const text = useMapText();
  const { vocab } = useI18n();
  const names = classNames(readings.classes, text, threshold);
  const counts = names.map(() => 0);
  for (const reading of readings.readings.values()) counts[reading.classIndex] = (counts[reading.classIndex] ?? 0) + 1;
  return (
    <section className="map-legend" aria-label={text.legendTitle} data-testid="map-legend">
      <h3>{measureName(measure, text, vocab)}</h3>
      <ul>
        {names.map((name, index) => (
          <li key={name} data-class={index}>
            <span className="map-swatch" style={{ background: readings.colours[index] }} aria-hidden="true" />
            <span className="map-legend__name">{name}</span>
            <span className="map-legend__count">{text.municipalitiesInClass(counts[index] ?? 0)}</span>
          </li>
        ))}
        {shapesWithoutData > 0 && (
          <li>
            <span className="map-swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
            <span className="map-legend__name">{text.notInData}</span>
            <span className="map-legend__count">{text.municipalitiesInClass(shapesWithoutData)}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
