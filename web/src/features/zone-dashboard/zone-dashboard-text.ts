// The zone dashboard's strings, Dutch (nl-BE) first; vocabulary names come from useI18n().vocab.
import { plural, pluralWord } from '@knooppunt/server/domain/plural';
import { useI18n } from '../../lib/i18n/i18n';

const nl = {
  label: 'Zonedashboard',
  title: (zone: string) => `Dashboard van ${zone}`,
  noZone: 'Kies een eerstelijnszone in de zonekiezer bovenaan om haar dashboard te zien.',
  noZoneDetail:
    'Het dashboard toont wie in de zorgraad zetelt en wat ontbreekt, welke netwerken en organisaties over de zonegrens werken, wie de makelaars zijn in het samenwerkingsnetwerk en de bevindingen van de zone.',
  loading: 'Het dashboard wordt geladen…',
  error: 'Het dashboard kon niet geladen worden.',
  notFound: 'Deze zone bestaat niet in de gegevens.',
  facts: (municipalities: number, nodes: number, edges: number) =>
    `${plural('nl', municipalities, 'gemeente', 'gemeenten')} · samenwerkingsnetwerk van ${nodes} actoren en ${edges} verbindingen`,
  more: (count: number) => `en nog ${count}`,

  zorgraadTitle: 'Zorgraad: leden per zetel',
  zorgraadIntro: 'Wie zetelt in de zorgraad, voor welke sector (de zetel) en in welke rol. Een verplichte sector zonder lid is een tekort.',
  noZorgraad: (rule: string) => `Deze zone heeft geen zorgraad in de gegevens: zie de bevinding “${rule}” hieronder.`,
  seatChart: (zorgraad: string) => `Leden van ${zorgraad} per zetel`,
  seatCaption: (count: number) => `${count} zetels, met de verplichte sectoren ook als er niemand voor zetelt`,
  seat: 'Zetel',
  members: 'Leden',
  required: 'Verplicht',
  requiredYes: 'verplicht',
  requiredMissing: 'verplicht, ontbreekt',
  requiredNote: '* sector die elke zorgraad hoort te hebben',
  membersCaption: (count: number) => `${count} leden; kies een lid om het te bekijken`,
  member: 'Lid',
  ownSector: 'Eigen sector',
  role: 'Rol',
  roles: 'Rollen',

  gapsTitle: 'Wat ontbreekt in de zorgraad',
  gapsIntro: 'Verplichte sectoren zonder lid, en gemeenten van de zone die niet in de zorgraad zetelen: elk met de bevinding die het zegt.',
  missingSectorsCaption: (count: number) => plural('nl', count, 'ontbrekende sector', 'ontbrekende sectoren'),
  missingSector: 'Ontbrekende sector',
  absentCaption: (count: number) => `${plural('nl', count, 'gemeente', 'gemeenten')} niet in de zorgraad`,
  absentMunicipality: 'Gemeente niet in de zorgraad',
  finding: 'Bevinding',
  openFinding: 'Open de bevinding',
  noMissingSectors: 'Geen verplichte sector ontbreekt.',
  noAbsent: 'Alle gemeenten van de zone zetelen in de zorgraad.',

  borderTitle: 'Netwerken over de zonegrens',
  borderIntro: 'Netwerken die gemeenten van deze zone én gemeenten daarbuiten dekken: ze werken met meer dan één zorgraad.',
  borderChart: 'Gedekte gemeenten binnen en buiten de zone',
  borderCaption: (count: number) => `${plural('nl', count, 'netwerk', 'netwerken')} over de grens`,
  network: 'Netwerk',
  type: 'Type',
  inside: 'In de zone',
  outside: 'Buiten de zone',
  otherZones: 'Andere zones',
  noBorder: 'Geen netwerk van deze zone dekt ook gemeenten buiten de zone.',

  crossTitle: 'Organisaties ook actief in andere zones',
  crossIntro: 'Organisaties van de zone die ook buiten de zone werken (door hun aanbod of omdat een gemeente daar ze inricht).',
  crossChart: 'Gedeelde organisaties per andere zone',
  zoneCaption: (count: number) => `${count} andere ${pluralWord('nl', count, 'zone', 'zones')}`,
  zone: 'Zone',
  organisations: 'Organisaties',
  crossCaption: (count: number) => `${plural('nl', count, 'organisatie', 'organisaties')} ook elders actief`,
  organisation: 'Organisatie',
  sector: 'Sector',
  municipalitiesOutside: 'Gemeenten buiten de zone',
  noCross: 'Geen organisatie van de zone werkt ook buiten de zone.',

  brokersTitle: 'Makelaars in het samenwerkingsnetwerk',
  brokersIntro:
    'Wie verbindt? Graad: met hoeveel actoren iemand rechtstreeks samenwerkt. Tussenliggendheid (betweenness): op welk deel van de kortste verbindingen tussen anderen iemand ligt; hoog betekent een makelaar tussen gemeenten en sectoren.',
  betweennessExact: 'Tussenliggendheid exact berekend.',
  betweennessSampled: (pivots: number) => `Tussenliggendheid geschat uit ${pivots} willekeurig gekozen vertrekpunten (vast zaad): een benadering.`,
  brokersChart: 'Tussenliggendheid van de belangrijkste makelaars',
  brokersCaption: (count: number) => `De ${count} actoren met de hoogste tussenliggendheid`,
  actor: 'Actor',
  kind: 'Soort',
  degree: 'Graad',
  degreeCentrality: 'Graad (genormeerd)',
  betweenness: 'Tussenliggendheid',
  municipalitiesLinked: 'Verbonden gemeenten',
  community: 'Gemeenschap',

  communitiesTitle: 'Gemeenschappen en gemeentegrenzen',
  communitiesIntro:
    'Groepen actoren die meer met elkaar samenwerken dan met de rest (Louvain). Elke actor krijgt een thuisgemeente (de gemeente zelf, de regisseur van een netwerk, de gemeente die een organisatie inricht of waar ze het meeste aanbod heeft); per gemeenschap toont het aandeel van de meest voorkomende thuisgemeente of de gemeenschap een gemeentegrens volgt.',
  modularity: 'Modulariteit',
  purity: 'Zuiverheid',
  nmi: 'Genormaliseerde wederzijdse informatie',
  nmiNone: 'niet zinvol (één gemeente)',
  homed: (homed: number, unhomed: number) => `${homed} actoren met een thuisgemeente, ${unhomed} bovenlokaal zonder`,
  alignmentReading: (nmi: number | null): string =>
    nmi === null
      ? 'De zone telt maar één thuisgemeente: er is geen gemeentegrens om te volgen.'
      : nmi >= 0.6
        ? 'De gemeenschappen volgen grotendeels de gemeentegrenzen: er wordt vooral lokaal samengewerkt.'
        : nmi >= 0.3
          ? 'De gemeenschappen volgen de gemeentegrenzen deels.'
          : 'De gemeenschappen lopen over de gemeentegrenzen heen: er wordt bovenlokaal samengewerkt.',
  communitiesChart: 'Grootte van de gemeenschappen en aandeel van hun hoofdgemeente',
  communitiesCaption: (count: number) => plural('nl', count, 'gemeenschap', 'gemeenschappen'),
  size: 'Grootte',
  dominant: 'Hoofdgemeente',
  share: 'Aandeel',
  core: 'Kern (meest verbonden)',
  noDominant: 'bovenlokaal',
  otherHome: 'andere thuisgemeente',
  noHome: 'zonder thuisgemeente',

  findingsTitle: 'Bevindingen van de zone',
  findingsIntro: 'De bevindingen over de zone of haar gemeenten. Kies er een om ze in de bevindingenweergave te openen.',
  findingsChart: 'Bevindingen per soort',
  findingsKindCaption: 'Aantal bevindingen per soort',
  findingsCaption: (count: number) => plural('nl', count, 'bevinding', 'bevindingen'),
  findingsCount: 'Aantal',
  severity: 'Ernst',
  rule: 'Regel',
  message: 'Bevinding',
  noFindings: 'Geen bevindingen voor deze zone.',
};

export type ZoneDashboardText = typeof nl;

const en: ZoneDashboardText = {
  label: 'Zone dashboard',
  title: (zone) => `Dashboard of ${zone}`,
  noZone: 'Choose a primary care zone in the zone picker at the top to see its dashboard.',
  noZoneDetail:
    "The dashboard shows who sits in the zorgraad and what is missing, which networks and organisations work across the zone's border, who brokers in the collaboration network, and the zone's findings.",
  loading: 'Loading the dashboard…',
  error: 'The dashboard could not be loaded.',
  notFound: 'This zone does not exist in the data.',
  facts: (municipalities, nodes, edges) =>
    `${plural('en', municipalities, 'municipality', 'municipalities')} · collaboration network of ${nodes} actors and ${edges} links`,
  more: (count) => `and ${count} more`,

  zorgraadTitle: 'Zorgraad: members by seat',
  zorgraadIntro: 'Who sits in the zorgraad, for which sector (the seat) and in which role. A required sector without a member is a gap.',
  noZorgraad: (rule) => `This zone has no zorgraad in the data: see the “${rule}” finding below.`,
  seatChart: (zorgraad) => `Members of ${zorgraad} by seat`,
  seatCaption: (count) => `${count} seats, with the required sectors shown even when nobody sits for them`,
  seat: 'Seat',
  members: 'Members',
  required: 'Required',
  requiredYes: 'required',
  requiredMissing: 'required, missing',
  requiredNote: '* sector every zorgraad is expected to seat',
  membersCaption: (count) => `${count} members; choose one to look at it`,
  member: 'Member',
  ownSector: 'Own sector',
  role: 'Role',
  roles: 'Roles',

  gapsTitle: 'What the zorgraad lacks',
  gapsIntro: "Required sectors without a member, and the zone's municipalities that do not sit in the zorgraad: each with the finding that says so.",
  missingSectorsCaption: (count) => `${count} missing ${pluralWord('en', count, 'sector', 'sectors')}`,
  missingSector: 'Missing sector',
  absentCaption: (count) => `${plural('en', count, 'municipality', 'municipalities')} not in the zorgraad`,
  absentMunicipality: 'Municipality not in the zorgraad',
  finding: 'Finding',
  openFinding: 'Open the finding',
  noMissingSectors: 'No required sector is missing.',
  noAbsent: "All of the zone's municipalities sit in the zorgraad.",

  borderTitle: "Networks across the zone's border",
  borderIntro: 'Networks covering municipalities of this zone and municipalities outside it: they work with more than one zorgraad.',
  borderChart: 'Covered municipalities inside and outside the zone',
  borderCaption: (count) => `${plural('en', count, 'network', 'networks')} across the border`,
  network: 'Network',
  type: 'Type',
  inside: 'In the zone',
  outside: 'Outside the zone',
  otherZones: 'Other zones',
  noBorder: 'No network of this zone also covers municipalities outside it.',

  crossTitle: 'Organisations also active in other zones',
  crossIntro: "The zone's organisations that also work outside it (through their offers, or because a municipality there runs them).",
  crossChart: 'Shared organisations per other zone',
  zoneCaption: (count) => `${count} other ${pluralWord('en', count, 'zone', 'zones')}`,
  zone: 'Zone',
  organisations: 'Organisations',
  crossCaption: (count) => `${plural('en', count, 'organisation', 'organisations')} also active elsewhere`,
  organisation: 'Organisation',
  sector: 'Sector',
  municipalitiesOutside: 'Municipalities outside the zone',
  noCross: 'No organisation of the zone also works outside it.',

  brokersTitle: 'Brokers in the collaboration network',
  brokersIntro:
    'Who connects? Degree: how many actors one works with directly. Betweenness: the share of the shortest links between others that pass through one; high means a broker between municipalities and sectors.',
  betweennessExact: 'Betweenness computed exactly.',
  betweennessSampled: (pivots) => `Betweenness estimated from ${pivots} randomly chosen sources (fixed seed): an approximation.`,
  brokersChart: 'Betweenness of the main brokers',
  brokersCaption: (count) => `The ${count} actors with the highest betweenness`,
  actor: 'Actor',
  kind: 'Kind',
  degree: 'Degree',
  degreeCentrality: 'Degree (normalised)',
  betweenness: 'Betweenness',
  municipalitiesLinked: 'Municipalities linked',
  community: 'Community',

  communitiesTitle: 'Communities and municipal borders',
  communitiesIntro:
    'Groups of actors that work with each other more than with the rest (Louvain). Every actor gets a home municipality (the municipality itself, a network’s regisseur, the municipality running an organisation or holding most of its offers); per community, the share of its most common home shows whether it follows a municipal border.',
  modularity: 'Modularity',
  purity: 'Purity',
  nmi: 'Normalised mutual information',
  nmiNone: 'not meaningful (one municipality)',
  homed: (homed, unhomed) => `${homed} actors with a home municipality, ${unhomed} supra-local without one`,
  alignmentReading: (nmi) =>
    nmi === null
      ? 'The zone has only one home municipality: there is no municipal border to follow.'
      : nmi >= 0.6
        ? 'The communities largely follow municipal borders: collaboration is mostly local.'
        : nmi >= 0.3
          ? 'The communities partly follow municipal borders.'
          : 'The communities cut across municipal borders: collaboration is supra-local.',
  communitiesChart: 'Size of the communities and the share of their main municipality',
  communitiesCaption: (count) => plural('en', count, 'community', 'communities'),
  size: 'Size',
  dominant: 'Main municipality',
  share: 'Share',
  core: 'Core (best connected)',
  noDominant: 'supra-local',
  otherHome: 'another home municipality',
  noHome: 'no home municipality',

  findingsTitle: "The zone's findings",
  findingsIntro: 'The findings about the zone or its municipalities. Choose one to open it in the findings view.',
  findingsChart: 'Findings by kind',
  findingsKindCaption: 'Number of findings per kind',
  findingsCaption: (count) => plural('en', count, 'finding', 'findings'),
  findingsCount: 'Count',
  severity: 'Severity',
  rule: 'Rule',
  message: 'Finding',
  noFindings: 'No findings for this zone.',
};

export const zoneDashboardText = { nl, en };

/** The dashboard's strings in the current language. */
export function useZoneDashboardText(): ZoneDashboardText {
  return zoneDashboardText[useI18n().lang];
}
