// The strings of the styling controls, Dutch (nl-BE) first.
import { useI18n } from '../../../lib/i18n/i18n';
import type { SizeMeasure } from '../../../lib/explorer-state';

const nl = {
  sizeLabel: 'Grootte van de knopen',
  size: { kind: 'Volgens soort', degree: 'Volgens aantal relaties', findings: 'Volgens aantal bevindingen' } satisfies Record<SizeMeasure, string>,
  relationshipsLabel: 'Relaties tonen',
};

export type StylingText = typeof nl;

const en: StylingText = {
  sizeLabel: 'Node size',
  size: { kind: 'By kind', degree: 'By number of relationships', findings: 'By number of findings' },
  relationshipsLabel: 'Show relationships',
};

export const stylingText = { nl, en };

export function useStylingText(): StylingText {
  return stylingText[useI18n().lang];
}
