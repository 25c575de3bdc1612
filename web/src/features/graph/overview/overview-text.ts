// The whole-graph view's strings, Dutch (nl-BE) first.
import { useI18n } from '../../../lib/i18n/i18n';
import type { Lang } from '../../../lib/i18n/lang';

const count = (lang: Lang, value: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB').format(value);

const nl = {
  /** The zone picker's entry for this view. */
  option: 'Heel Vlaanderen (overzicht)',
  title: 'Heel Vlaanderen en Brussel',
  zoneCaption: (name: string, municipalities: number, actors: number) => `${name}\n${count('nl', municipalities)} gem. · ${count('nl', actors)} actoren`,
  municipalityCaption: (name: string, actors: number) => `${name} (${count('nl', actors)})`,
  hint: 'Eén knoop per eerstelijnszone; zoom in voor de gemeenten, en met een provincie of minder in beeld ook hun netwerken, organisaties en aanbod. De dikte van een lijn telt de relaties ertussen. Klik op een zone of gemeente om ze te openen.',
  loading: 'Het overzicht van Vlaanderen wordt geladen…',
  error: 'Het overzicht kon niet geladen worden.',
  label: (zones: number, municipalities: number) => `Overzicht van heel Vlaanderen: ${count('nl', zones)} eerstelijnszones, ${count('nl', municipalities)} gemeenten`,
  facts: (nodes: number, relationships: number) => `${count('nl', nodes)} knopen · ${count('nl', relationships)} relaties in de hele graaf`,
};

export type OverviewText = typeof nl;

const en: OverviewText = {
  option: 'All of Flanders (overview)',
  title: 'All of Flanders and Brussels',
  zoneCaption: (name, municipalities, actors) => `${name}\n${count('en', municipalities)} mun. · ${count('en', actors)} actors`,
  municipalityCaption: (name, actors) => `${name} (${count('en', actors)})`,
  hint: 'One node per primary care zone; zoom in for the municipalities, and with a province or less in view their networks, organisations and offers too. A line’s width counts the relationships between them. Click a zone or municipality to open it.',
  loading: 'Loading the overview of Flanders…',
  error: 'The overview could not be loaded.',
  label: (zones, municipalities) => `Overview of all of Flanders: ${count('en', zones)} primary care zones, ${count('en', municipalities)} municipalities`,
  facts: (nodes, relationships) => `${count('en', nodes)} nodes · ${count('en', relationships)} relationships in the whole graph`,
};

export const overviewText = { nl, en };

export function useOverviewText(): OverviewText {
  return overviewText[useI18n().lang];
}
