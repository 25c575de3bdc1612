// The classes of the chosen colouring with their counts: in the legend, and as a key on the graph itself.
import type { ColourMeasure } from '../../../lib/explorer-state';
import { useI18n } from '../../../lib/i18n/i18n';
import type { NodeColouring } from './node-colour';
import { useStylingText } from './styling-text';

export interface ColourClassesProps {
  measure: Exclude<ColourMeasure, 'standard'>;
  colouring: NodeColouring;
  testId: string;
}

export function ColourClasses({ measure, colouring, testId }: ColourClassesProps) {
  const text = useStylingText();
  const { lang } = useI18n();
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB');
  return (
    <>
      <h3>{text.legendColour[measure]}</h3>
      <ul data-testid={testId}>
        {colouring.classes.map((entry) => (
          <li key={entry.key} className="legend-class">
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="legend-class__name">{entry.name}</span>
            <span className="legend-class__count">{format.format(entry.count)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
