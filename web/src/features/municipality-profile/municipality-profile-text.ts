// The municipality profile's strings, Dutch (nl-BE) first; vocabulary names come from useI18n().vocab.
import type { CheckStatus, ComparisonMeasure, Standing } from '@knooppunt/server/domain/municipality-profile';
import { pluralWord } from '@knooppunt/server/domain/plural';
import { useI18n } from '../../lib/i18n/i18n';

const nl = {
  label: 'Gemeenteprofiel',
  title: (name: string) => `Profiel van ${name}`,
  loading: 'Het profiel wordt geladen…',
  error: 'Het profiel kon niet geladen worden.',
  notFound: 'Deze gemeente bestaat niet in de gegevens.',

  pickerTitle: 'Kies een gemeente',
  pickerIntro:
    'Het profiel toont welke netwerken en welk aanbod een gemeente dekken en wat ontbreekt, met wie ze samenwerkt, wat ze financiert, haar rolconflicten en hoe ze zich verhoudt tot haar buurgemeenten.',
  pickerInView: 'Gemeenten in deze weergave',
  pickerNoneInView: 'Open een zone of zoek een gemeente.',
  pickerSearch: 'Zoek een gemeente (naam of NIS-code)',
  pickerSearchPlaceholder: 'bv. Niel of 11030',
  pickerSearching: 'Zoeken…',
  pickerNoResults: 'Geen gemeente gevonden.',
  otherMunicipality: 'Andere gemeente',

  nis: 'NIS',
  zones: 'Eerstelijnszone',
  neighbours: 'Buurgemeenten',
  population: 'Inwoners',
  children0to3: 'Kinderen 0-3 jaar',
  findingCounts: 'Bevindingen over deze gemeente',
  none: 'geen',

  checklistTitle: 'Checklist: wat dekt deze gemeente?',
  checklistIntro: 'Per netwerktype en per functie: waardoor de gemeente gedekt is, of dat het ontbreekt. Een ✗ bij iets wat een regel verwacht, is een bevinding.',
  networkTypesTitle: 'Netwerken',
  functionsTitle: 'Functies (aanbod)',
  status: { covered: 'gedekt', partial: 'deels', missing: 'ontbreekt' } satisfies Record<CheckStatus, string>,
  expected: 'verwacht',
  notExpected: 'geen regel vraagt dit',
  directedBy: 'regie',
  noRegie: 'zonder regie',
  otherFindings: (count: number) => `${count} andere ${pluralWord('nl', count, 'bevinding', 'bevindingen')} (overlap of grens)`,
  serves: 'bedient ook deze gemeente',
  places: (count: string) => `${count} plaatsen`,
  onlyNextDoor: 'enkel bij de buren',
  underNetwork: 'onder',
  moreOffers: (count: number) => `en nog ${count}`,

  networksTitle: 'Netwerken van de gemeente',
  networksCaption: 'De netwerken die de gemeente dekken, waarvan ze de regie heeft of waarin ze zetelt, met haar eigen rol.',
  network: 'Netwerk',
  networkType: 'Type',
  ownPlace: 'Rol van de gemeente',
  directs: 'regisseur (heeft de regie)',
  coveredArea: 'in het werkingsgebied',
  beheersmodel: 'Beheersmodel',
  beheersmodelSince: (date: string) => `ja, sinds ${date}`,
  beheersmodelYes: 'ja',
  beheersmodelNo: 'nee',
  partnerCount: 'Partners',

  partnersTitle: 'Partners',
  partnersCaption: (count: number) => `${count} organisaties en gemeenten waarmee de gemeente samenwerkt: in haar netwerken, als eigen of gefinancierde organisatie, of als aanbieder in de gemeente.`,
  partner: 'Partner',
  sector: 'Sector',
  roles: 'Rol in netwerken',
  offers: 'Aanbod hier',
  funding: 'Financiering',
  operated: 'eigen organisatie',
  covered: 'werkingsgebied',

  fundingTitle: 'Financiering',
  fundingChart: 'Financiering per jaar: aan eigen organisaties en aan andere',
  fundingOwn: 'eigen organisaties',
  fundingOthers: 'andere organisaties',
  fundingCaption: (total: string) => `Financiering per jaar, soort en organisatie; in totaal ${total}.`,
  fundingByKind: 'Per soort',
  fundingNone: 'Geen financiering van deze gemeente in de gegevens.',
  year: 'Jaar',
  organisation: 'Organisatie',
  fundingKind: 'Soort',
  amount: 'Bedrag',
  noKind: 'niet opgegeven',
  total: 'Totaal',

  conflictsTitle: 'Rolconflicten en beheersmodel',
  conflictsIntro: 'Waar de gemeente de regie heeft én zelf aanbiedt, vraagt de omzendbrief een beheersmodel dat rolconflicten uitsluit.',
  directedCaption: 'Netwerken waarvan de gemeente de regie heeft',
  domains: 'Domeinen',
  conflictCount: 'Rolconflicten',
  noDirected: 'De gemeente heeft van geen enkel netwerk de regie.',
  noConflicts: 'Geen rolconflicten gevonden.',
  involved: 'betrokken',

  comparisonTitle: 'Vergelijking met de buurgemeenten',
  comparisonCaption: 'Deze gemeente en haar buurgemeenten: netwerktypes, bereikbare functies, kinderopvang en bevindingen.',
  measureLabel: 'Toon',
  measure: {
    networkTypes: 'Netwerktypes die de gemeente dekken',
    functionsReachable: 'Bereikbare functies (hier of bij de buren)',
    childcarePer100: 'Kinderopvangplaatsen per 100 kinderen',
    findings: 'Bevindingen',
  } satisfies Record<ComparisonMeasure, string>,
  measureShort: { networkTypes: 'Netwerktypes', functionsReachable: 'Functies', childcarePer100: 'Opvang /100', findings: 'Bevindingen' } satisfies Record<
    ComparisonMeasure,
    string
  >,
  thisMunicipality: 'deze gemeente',
  noNeighbours: 'Deze gemeente heeft geen buurgemeenten in de gegevens.',
  unknown: 'onbekend',
  standing: (standing: Standing, measure: string): string => {
    const counts = `buren: ${standing.neighboursHigher} hoger, ${standing.neighboursEqual} gelijk, ${standing.neighboursLower} lager`;
    switch (standing.position) {
      case 'fewer':
        return `${measure}: minder dan de meeste buren (${counts}).`;
      case 'more':
        return `${measure}: meer dan de meeste buren (${counts}).`;
      case 'alike':
        return `${measure}: vergelijkbaar met de buren (${counts}).`;
      default:
        return `${measure}: niet te vergelijken.`;
    }
  },
};

export type MunicipalityProfileText = typeof nl;

const en: MunicipalityProfileText = {
  label: 'Municipality profile',
  title: (name) => `Profile of ${name}`,
  loading: 'Loading the profile…',
  error: 'The profile could not be loaded.',
  notFound: 'This municipality is not in the data.',

  pickerTitle: 'Choose a municipality',
  pickerIntro:
    "The profile shows which networks and offers cover a municipality and what is missing, whom it works with, what it funds, its role conflicts, and how it compares with its neighbours.",
  pickerInView: 'Municipalities in this view',
  pickerNoneInView: 'Open a zone or search for a municipality.',
  pickerSearch: 'Search a municipality (name or NIS code)',
  pickerSearchPlaceholder: 'e.g. Niel or 11030',
  pickerSearching: 'Searching…',
  pickerNoResults: 'No municipality found.',
  otherMunicipality: 'Another municipality',

  nis: 'NIS',
  zones: 'First-line zone',
  neighbours: 'Neighbours',
  population: 'Inhabitants',
  children0to3: 'Children aged 0-3',
  findingCounts: 'Findings about this municipality',
  none: 'none',

  checklistTitle: 'Checklist: what covers this municipality?',
  checklistIntro: 'Per network type and per function: what covers the municipality, or that it is missing. A ✗ on something a rule expects is a finding.',
  networkTypesTitle: 'Networks',
  functionsTitle: 'Functions (offers)',
  status: { covered: 'covered', partial: 'partly', missing: 'missing' },
  expected: 'expected',
  notExpected: 'no rule asks for it',
  directedBy: 'regie',
  noRegie: 'without regie',
  otherFindings: (count) => `${count} other ${pluralWord('en', count, 'finding', 'findings')} (overlap or boundary)`,
  serves: 'also serves this municipality',
  places: (count) => `${count} places`,
  onlyNextDoor: 'only next door',
  underNetwork: 'under',
  moreOffers: (count) => `and ${count} more`,

  networksTitle: "The municipality's networks",
  networksCaption: 'The networks that cover the municipality, that it directs or sits in, with its own role.',
  network: 'Network',
  networkType: 'Type',
  ownPlace: "Municipality's role",
  directs: 'regisseur (directs it)',
  coveredArea: 'in its area',
  beheersmodel: 'Governance model',
  beheersmodelSince: (date) => `yes, since ${date}`,
  beheersmodelYes: 'yes',
  beheersmodelNo: 'no',
  partnerCount: 'Partners',

  partnersTitle: 'Partners',
  partnersCaption: (count) => `${count} organisations and municipalities it works with: in its networks, as an organisation it runs or funds, or as a provider in the municipality.`,
  partner: 'Partner',
  sector: 'Sector',
  roles: 'Role in networks',
  offers: 'Offers here',
  funding: 'Funding',
  operated: 'its own organisation',
  covered: 'area',

  fundingTitle: 'Funding',
  fundingChart: 'Funding per year: to its own organisations and to others',
  fundingOwn: 'own organisations',
  fundingOthers: 'other organisations',
  fundingCaption: (total) => `Funding per year, kind and organisation; ${total} in all.`,
  fundingByKind: 'By kind',
  fundingNone: 'No funding by this municipality in the data.',
  year: 'Year',
  organisation: 'Organisation',
  fundingKind: 'Kind',
  amount: 'Amount',
  noKind: 'not given',
  total: 'Total',

  conflictsTitle: 'Role conflicts and governance model',
  conflictsIntro: 'Where the municipality holds the regie and also provides services itself, the circular letter asks for a governance model (beheersmodel) that rules out role conflicts.',
  directedCaption: 'Networks the municipality directs',
  domains: 'Domains',
  conflictCount: 'Role conflicts',
  noDirected: 'The municipality directs no network.',
  noConflicts: 'No role conflicts found.',
  involved: 'involved',

  comparisonTitle: 'Compared with its neighbours',
  comparisonCaption: 'This municipality and its neighbours: network types, reachable functions, childcare and findings.',
  measureLabel: 'Show',
  measure: {
    networkTypes: 'Network types covering it',
    functionsReachable: 'Functions within reach (here or next door)',
    childcarePer100: 'Childcare places per 100 children',
    findings: 'Findings',
  },
  measureShort: { networkTypes: 'Network types', functionsReachable: 'Functions', childcarePer100: 'Childcare /100', findings: 'Findings' },
  thisMunicipality: 'this municipality',
  noNeighbours: 'This municipality has no neighbours in the data.',
  unknown: 'unknown',
  standing: (standing, measure) => {
    const counts = `neighbours: ${standing.neighboursHigher} higher, ${standing.neighboursEqual} equal, ${standing.neighboursLower} lower`;
    switch (standing.position) {
      case 'fewer':
        return `${measure}: fewer than most neighbours (${counts}).`;
      case 'more':
        return `${measure}: more than most neighbours (${counts}).`;
      case 'alike':
        return `${measure}: like the neighbours (${counts}).`;
      default:
        return `${measure}: nothing to compare.`;
    }
  },
};

export const municipalityProfileText = { nl, en };

/** The profile's strings in the current language. */
export function useProfileText(): MunicipalityProfileText {
  return municipalityProfileText[useI18n().lang];
}
