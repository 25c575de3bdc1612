// The strings of the styling controls and the colour legend, Dutch (nl-BE) first.
import { useI18n } from '../../../lib/i18n/i18n';
import type { ColourMeasure, SizeMeasure } from '../../../lib/explorer-state';

const nl = {
  sizeLabel: 'Grootte van de knopen',
  size: {
    kind: 'Soort',
    degree: 'Aantal relaties',
    betweenness: 'Bemiddelende rol',
    findings: 'Aantal bevindingen',
  } satisfies Record<SizeMeasure, string>,
  colourLabel: 'Kleur van de knopen',
  colour: {
    standard: 'Type, sector, domein',
    type: 'Soort knoop',
    sector: 'Sector',
    zone: 'Eerstelijnszone',
    severity: 'Ernst bevindingen',
  } satisfies Record<ColourMeasure, string>,
  /** The legend's heading for a colouring. */
  legendColour: {
    type: 'Kleur: soort knoop',
    sector: 'Kleur: sector',
    zone: 'Kleur: eerstelijnszone',
    severity: 'Kleur: zwaarste bevinding',
  } satisfies Record<Exclude<ColourMeasure, 'standard'>, string>,
  none: { sector: 'Geen sector (geen organisatie)', zone: 'In geen zone', severity: 'Geen bevinding' },
  relationshipsLabel: 'Relaties tonen',
  /** The size legend's line, under the colours. */
  sizeNote: (measure: string) => `Grootte: ${measure.toLowerCase()}`,
  /** Said where the measure needs it: what betweenness means. */
  betweennessNote: 'Hoe vaak een knoop op de kortste weg tussen twee andere ligt (betweenness; zones en buurgemeenten tellen niet mee).',
};

export type StylingText = typeof nl;

const en: StylingText = {
  sizeLabel: 'Node size',
  size: { kind: 'Kind', degree: 'Relationships', betweenness: 'Brokerage', findings: 'Findings' },
  colourLabel: 'Node colour',
  colour: {
    standard: 'Type, sector, domain',
    type: 'Kind of node',
    sector: 'Sector',
    zone: 'Eerstelijnszone',
    severity: 'Severity of findings',
  },
  legendColour: { type: 'Colour: kind of node', sector: 'Colour: sector', zone: 'Colour: eerstelijnszone', severity: 'Colour: worst finding' },
  none: { sector: 'No sector (not an organisation)', zone: 'In no zone', severity: 'No finding' },
  relationshipsLabel: 'Show relationships',
  sizeNote: (measure: string) => `Size: ${measure.toLowerCase()}`,
  betweennessNote: 'How often a node lies on the shortest path between two others (betweenness; zones and neighbouring municipalities left out).',
};

export const stylingText = { nl, en };

export function useStylingText(): StylingText {
  return stylingText[useI18n().lang];
}
