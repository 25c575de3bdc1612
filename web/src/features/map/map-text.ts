// The map's strings, Dutch (nl-BE) first; vocabulary names (rules, network types, kinds) come from useI18n().vocab.
import { useI18n } from '../../lib/i18n/i18n';
import { plural } from '@knooppunt/server/domain/plural';

const nl = {
  title: 'Kaart van Vlaanderen en Brussel',
  zoneTitle: (zone: string) => `Kaart van ${zone}`,
  provinceTitle: (province: string) => `Kaart van ${province}`,
  mapLabel: 'Kaart van de gemeenten',
  loading: 'De kaart wordt geladen…',
  error: 'De kaart kon niet geladen worden.',
  noShapes: 'Deze server heeft geen gemeentegrenzen: de kaart kan niets tekenen. De tabel hieronder geeft dezelfde cijfers.',

  measureLabel: 'Kleur volgens',
  measureGroups: { findings: 'Bevindingen', coverage: 'Dekking per netwerktype', other: 'Voorzieningen' },
  allFindings: 'Alle bevindingen',
  findingsOfKind: (kind: string) => `Bevindingen: ${kind.toLowerCase()}`,
  findingsOfSeverity: (severity: string) => `Bevindingen met ernst ${severity.toLowerCase()}`,
  findingsOfRule: (rule: string) => `Regel: ${rule}`,
  coverageBy: (type: string) => `Dekking door ${type}`,
  childcare: 'Kinderopvangplaatsen per 100 kinderen (0-3 jaar)',
  reach: 'Functies buiten bereik',
  thresholdLabel: 'Drempel (plaatsen per 100 kinderen)',

  legendTitle: 'Legende',
  coverageClass: { none: 'geen netwerk', one: 'één netwerk', several: 'twee of meer netwerken' },
  childcareClass: (threshold: number) => ({
    belowHalf: `minder dan ${threshold / 2} (de helft van de drempel)`,
    below: `minder dan ${threshold}`,
    enough: `${threshold} of meer`,
    unknown: 'aantal kinderen onbekend',
  }),
  notInData: 'niet in de gegevens',
  municipalitiesInClass: (count: number) => plural('nl', count, 'gemeente', 'gemeenten'),

  bordersTitle: 'Grenzen',
  showZoneBorders: 'Zonegrenzen benadrukken',
  showContinuity: 'Grensbreuken tonen',
  continuityNote: (count: number, type: string | undefined) =>
    `${plural('nl', count, 'grens', 'grenzen')} waar de ene gemeente wel en de buur geen ${type ?? 'Huis van het Kind, LOK, BOA of GBO'} heeft`,
  networkLabel: 'Werkgebied van een netwerk',
  noNetwork: 'geen netwerk omlijnd',
  networkArea: (name: string, municipalities: number, zones: number) =>
    `${name}: ${plural('nl', municipalities, 'gemeente', 'gemeenten')} in ${plural('nl', zones, 'zone', 'zones')}`,

  zoomLabel: 'Inzoomen op',
  wholeMap: 'Heel Vlaanderen en Brussel',
  provinces: 'Provincies',
  zones: 'Eerstelijnszones',
  back: 'Terug naar heel Vlaanderen',
  openZoneGraph: 'Graaf van de zone',
  openZoneDashboard: 'Zonedashboard',
  openWholeGraph: 'Heel Vlaanderen als graaf',

  summaryTitle: (place: string) => `Bevindingen in ${place}`,
  flanders: 'Vlaanderen en Brussel',
  summaryTotal: (count: number) => plural('nl', count, 'bevinding', 'bevindingen'),
  summaryKind: 'Soort',
  summaryOpen: (count: number, kind: string, severity: string) => `${count} bevindingen ${kind.toLowerCase()}, ernst ${severity.toLowerCase()}: open in Bevindingen`,
  countingNote:
    'Een bevinding telt bij elke gemeente die ze noemt, als onderwerp of betrokken gemeente, en bij de zone van die gemeenten; zo telt ook de lijst in Bevindingen. De markeringen in de graaf tellen alleen de knopen in beeld, elk één keer.',
  highlighted: (count: number) => `De gekozen bevinding noemt ${plural('nl', count, 'gemeente', 'gemeenten')}, omlijnd op de kaart.`,

  unplacedTitle: (count: number) => `${plural('nl', count, 'gemeente', 'gemeenten')} niet op de kaart`,
  unplacedIntro: 'Deze gemeenten uit de gegevens hebben geen grens in de kaart (een onbekende NIS-code, of een gebied buiten Vlaanderen en Brussel). Alle andere weergaven tonen ze wel.',

  shapeName: (name: string, reading: string) => `${name} — ${reading}`,
  findingsReading: (count: number) => plural('nl', count, 'bevinding', 'bevindingen'),
  networksReading: (count: number, type: string) => (count === 0 ? `geen ${type}` : `${plural('nl', count, 'netwerk', 'netwerken')} ${type}`),
  childcareReading: (per100: number | undefined, format: (n: number) => string) => (per100 === undefined ? 'aantal kinderen onbekend' : `${format(per100)} plaatsen per 100 kinderen`),
  reachReading: (count: number) => (count === 0 ? 'alle functies binnen bereik' : `${plural('nl', count, 'functie', 'functies')} buiten bereik`),
  noData: 'niet in de gegevens',
  zonesOf: (names: string) => `Zone: ${names}`,
  noZone: 'in geen enkele zone',
  hint: 'Klik op een gemeente om ze te kiezen; Enter opent haar profiel.',

  municipalityFindingsTitle: (name: string) => `Bevindingen over ${name}`,
  noMunicipalityFindings: 'Geen bevindingen voor deze maat.',
  moreFindings: (count: number) => `en nog ${count}: open Bevindingen voor de volledige lijst`,

  tableTitle: 'De kaart als tabel',
  tableCaption: (count: number) => `${plural('nl', count, 'gemeente', 'gemeenten')}; klik op een kop om te sorteren`,
  municipality: 'Gemeente',
  nis: 'NIS',
  zone: 'Zone',
  province: 'Provincie',
  class: 'Klasse',
  downloadCsv: 'Download als CSV',
};

type MapText = typeof nl;

const en: MapText = {
  title: 'Map of Flanders and Brussels',
  zoneTitle: (zone) => `Map of ${zone}`,
  provinceTitle: (province) => `Map of ${province}`,
  mapLabel: 'Map of the municipalities',
  loading: 'Loading the map…',
  error: 'The map could not be loaded.',
  noShapes: 'This server has no municipal boundaries, so the map cannot draw anything. The table below gives the same figures.',

  measureLabel: 'Colour by',
  measureGroups: { findings: 'Findings', coverage: 'Coverage per network type', other: 'Provision' },
  allFindings: 'All findings',
  findingsOfKind: (kind) => `Findings: ${kind.toLowerCase()}`,
  findingsOfSeverity: (severity) => `Findings of ${severity.toLowerCase()} severity`,
  findingsOfRule: (rule) => `Rule: ${rule}`,
  coverageBy: (type) => `Coverage by ${type}`,
  childcare: 'Childcare places per 100 children (aged 0-3)',
  reach: 'Functions out of reach',
  thresholdLabel: 'Threshold (places per 100 children)',

  legendTitle: 'Legend',
  coverageClass: { none: 'no network', one: 'one network', several: 'two or more networks' },
  childcareClass: (threshold) => ({
    belowHalf: `fewer than ${threshold / 2} (half the threshold)`,
    below: `fewer than ${threshold}`,
    enough: `${threshold} or more`,
    unknown: 'number of children unknown',
  }),
  notInData: 'not in the data',
  municipalitiesInClass: (count) => plural('en', count, 'municipality', 'municipalities'),

  bordersTitle: 'Borders',
  showZoneBorders: 'Emphasise zone borders',
  showContinuity: 'Show coverage breaks',
  continuityNote: (count, type) =>
    `${plural('en', count, 'border', 'borders')} where one municipality has a ${type ?? 'Huis van het Kind, LOK, BOA or GBO'} and its neighbour has none`,
  networkLabel: "A network's area",
  noNetwork: 'no network outlined',
  networkArea: (name, municipalities, zones) =>
    `${name}: ${plural('en', municipalities, 'municipality', 'municipalities')} in ${plural('en', zones, 'zone', 'zones')}`,

  zoomLabel: 'Zoom to',
  wholeMap: 'All of Flanders and Brussels',
  provinces: 'Provinces',
  zones: 'Primary care zones',
  back: 'Back to all of Flanders',
  openZoneGraph: "Zone's graph",
  openZoneDashboard: 'Zone dashboard',
  openWholeGraph: 'All of Flanders as a graph',

  summaryTitle: (place) => `Findings in ${place}`,
  flanders: 'Flanders and Brussels',
  summaryTotal: (count) => plural('en', count, 'finding', 'findings'),
  summaryKind: 'Kind',
  summaryOpen: (count, kind, severity) => `${count} ${kind.toLowerCase()} findings of ${severity.toLowerCase()} severity: open in Findings`,
  countingNote:
    "A finding counts for every municipality it names, as subject or related municipality, and for those municipalities' zones; the list in Findings counts the same way. The graph's markers count only the nodes in view, each once.",
  highlighted: (count) => `The chosen finding names ${plural('en', count, 'municipality', 'municipalities')}, outlined on the map.`,

  unplacedTitle: (count) => `${plural('en', count, 'municipality', 'municipalities')} not on the map`,
  unplacedIntro: 'These municipalities of the data have no boundary on the map (an unknown NIS code, or an area outside Flanders and Brussels). Every other view shows them.',

  shapeName: (name, reading) => `${name} — ${reading}`,
  findingsReading: (count) => plural('en', count, 'finding', 'findings'),
  networksReading: (count, type) => (count === 0 ? `no ${type}` : `${plural('en', count, 'network', 'networks')} ${type}`),
  childcareReading: (per100, format) => (per100 === undefined ? 'number of children unknown' : `${format(per100)} places per 100 children`),
  reachReading: (count) => (count === 0 ? 'every function within reach' : `${plural('en', count, 'function', 'functions')} out of reach`),
  noData: 'not in the data',
  zonesOf: (names) => `Zone: ${names}`,
  noZone: 'in no zone',
  hint: 'Click a municipality to choose it; Enter opens its profile.',

  municipalityFindingsTitle: (name) => `Findings about ${name}`,
  noMunicipalityFindings: 'No findings for this measure.',
  moreFindings: (count) => `and ${count} more: open Findings for the whole list`,

  tableTitle: 'The map as a table',
  tableCaption: (count) => `${plural('en', count, 'municipality', 'municipalities')}; click a heading to sort`,
  municipality: 'Municipality',
  nis: 'NIS',
  zone: 'Zone',
  province: 'Province',
  class: 'Class',
  downloadCsv: 'Download as CSV',
};

export type { MapText };
export const mapText = { nl, en };

export function useMapText(): MapText {
  return mapText[useI18n().lang];
}
