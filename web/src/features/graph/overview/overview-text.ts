// The whole-graph view's strings, Dutch (nl-BE) first.
import { useI18n } from '../../../lib/i18n/i18n';
import { formatCount } from '../../../lib/i18n/lang';


const nl = {
  /** The zone picker's entry for this view. */
  option: 'Heel Vlaanderen (overzicht)',
  title: 'Heel Vlaanderen en Brussel',
  zoneCaption: (name: string, municipalities: number, actors: number) => `${name}\n${formatCount('nl', municipalities)} gem. · ${formatCount('nl', actors)} actoren`,
  municipalityCaption: (name: string, actors: number) => `${name} (${formatCount('nl', actors)})`,
  hint: 'Eén knoop per eerstelijnszone; zoom in voor de gemeenten, en met een provincie of minder in beeld ook hun netwerken, organisaties en aanbod. De dikte van een lijn telt de relaties ertussen. Klik op een zone of gemeente om ze te openen.',
  loading: 'Het overzicht van Vlaanderen wordt geladen…',
  error: 'Het overzicht kon niet geladen worden.',
  label: (zones: number, municipalities: number) => `Overzicht van heel Vlaanderen: ${formatCount('nl', zones)} eerstelijnszones, ${formatCount('nl', municipalities)} gemeenten`,
  facts: (nodes: number, relationships: number) => `${formatCount('nl', nodes)} knopen · ${formatCount('nl', relationships)} relaties in de hele graaf`,
};

export type OverviewText = typeof nl;

const en: OverviewText = {
  option: 'All of Flanders (overview)',
  title: 'All of Flanders and Brussels',
  zoneCaption: (name, municipalities, actors) => `${name}\n${formatCount('en', municipalities)} mun. · ${formatCount('en', actors)} actors`,
  municipalityCaption: (name, actors) => `${name} (${formatCount('en', actors)})`,
  hint: 'One node per primary care zone; zoom in for the municipalities, and with a province or less in view their networks, organisations and offers too. A line’s width counts the relationships between them. Click a zone or municipality to open it.',
  loading: 'Loading the overview of Flanders…',
  error: 'The overview could not be loaded.',
  label: (zones, municipalities) => `Overview of all of Flanders: ${formatCount('en', zones)} primary care zones, ${formatCount('en', municipalities)} municipalities`,
  facts: (nodes, relationships) => `${formatCount('en', nodes)} nodes · ${formatCount('en', relationships)} relationships in the whole graph`,
};

export const overviewText = { nl, en };

export function useOverviewText(): OverviewText {
  return overviewText[useI18n().lang];
}
