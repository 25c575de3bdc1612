// Colours of the map's classes: ColorBrewer schemes (d3-scale-chromatic), chosen to stay apart for
// colour-blind readers and in greyscale print.
import { schemeOrRd, schemePuOr } from 'd3-scale-chromatic';
import type { MeasureClasses } from './map-measure';

/** Nothing to report: a pale neutral, so the eye goes to the municipalities that have something. */
export const ZERO_COLOUR = '#f3f1ec';
/** A shape whose municipality is not in the data. */
export const NO_DATA_COLOUR = '#d9dcdf';

/** PuOr (purple … orange): orange for "missing", purple for "present", never a red–green pair. */
const [PURPLE, LIGHT_PURPLE, , LIGHT_ORANGE, ORANGE] = schemePuOr[5]!;

/** One colour per class, in the order of the measure's classes. */
export function classColours(classes: MeasureClasses): string[] {
  switch (classes.type) {
    case 'coverage':
      return [ORANGE!, LIGHT_PURPLE!, PURPLE!];
    case 'childcare':
      return [ORANGE!, LIGHT_ORANGE!, PURPLE!, NO_DATA_COLOUR];
    case 'count': {
      const shades = classes.classes.length - 1;
      if (shades === 0) return [ZERO_COLOUR];
      // OrRd from its third shade on: the lightest two are too close to the zero colour.
      const scheme = schemeOrRd[Math.max(3, shades + 2)]!;
      return [ZERO_COLOUR, ...scheme.slice(scheme.length - shades)];
    }
  }
}
