// The strings of the graph at scale (groups, the whole-graph view), Dutch (nl-BE) first.
import { useI18n } from '../../lib/i18n/i18n';
import type { Lang } from '../../lib/i18n/lang';

const count = (lang: Lang, value: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB').format(value);

const nl = {
  /** "12 kinderopvang": a sector's organisations around one municipality, drawn as one node. */
  groupName: (members: number, sector: string) => `${count('nl', members)} ${sector}`,
  groupKind: (municipality: string) => `groep in ${municipality}, klik om te openen`,
  wholeGraph: 'Heel Vlaanderen',
  wholeGraphTitle: 'Heel Vlaanderen en Brussel',
  zoneAggregate: (municipalities: number, actors: number) => `${count('nl', municipalities)} gemeenten · ${count('nl', actors)} actoren`,
  municipalityAggregate: (name: string, actors: number) => `${name} (${count('nl', actors)})`,
  overviewHint: 'Eén knoop per gemeente, gegroepeerd per eerstelijnszone; de dikte van een lijn telt de relaties ertussen. Kies een zone om ze te openen.',
  overviewLoading: 'Het overzicht van Vlaanderen wordt geladen…',
};

export type ScaleText = typeof nl;

const en: ScaleText = {
  groupName: (members, sector) => `${count('en', members)} ${sector}`,
  groupKind: (municipality) => `group in ${municipality}, click to open`,
  wholeGraph: 'All of Flanders',
  wholeGraphTitle: 'All of Flanders and Brussels',
  zoneAggregate: (municipalities, actors) => `${count('en', municipalities)} municipalities · ${count('en', actors)} actors`,
  municipalityAggregate: (name, actors) => `${name} (${count('en', actors)})`,
  overviewHint: 'One node per municipality, grouped by eerstelijnszone; a line’s width counts the relationships between them. Choose a zone to open it.',
  overviewLoading: 'Loading the overview of Flanders…',
};

export const scaleText = { nl, en };

export function useScaleText(): ScaleText {
  return scaleText[useI18n().lang];
}
