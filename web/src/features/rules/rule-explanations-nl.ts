// De uitleg bij elke regel, in het Nederlands: wat ze nagaat, waarom dat ertoe doet, en wat ze oplost.
import type { RuleExplanations } from './rule-explanations';

export const ruleExplanationsNl: RuleExplanations = {
  GAP_NO_ZONE: {
    checks: 'Ligt elke gemeente in een eerstelijnszone? Eén bevinding per gemeente die in geen enkele zone ligt.',
    why: 'De eerstelijnszone en haar zorgraad zijn het forum waar lokale besturen met welzijns- en gezondheidspartners een geïntegreerde eerste lijn uitbouwen. Een gemeente buiten elke zone mist dat overleg en die ondersteuning.',
    resolves: 'De gemeente opnemen in de eerstelijnszone waartoe ze hoort (zone_members).',
  },
  GAP_NO_HUIS_VAN_HET_KIND: {
    checks: 'Valt de gemeente onder een Huis van het Kind? Eén bevinding per gemeente die door geen enkel Huis van het Kind gedekt wordt.',
    why: 'De Huizen van het Kind zijn de spil van preventieve gezinsondersteuning en jeugdhulp, lokaal of bovenlokaal. Het Sociaal Huis, het Geïntegreerd Breed Onthaal en de Huizen van het Kind zijn de instrumenten voor nabije, toegankelijke hulp.',
    resolves: 'Een Huis van het Kind opzetten of aansluiten bij een (bovenlokaal) Huis van het Kind van de buurgemeenten.',
  },
  GAP_NO_LOK: {
    checks: 'Valt de gemeente onder een Lokaal Overleg Kinderopvang (LOK)? Eén bevinding per gemeente zonder LOK.',
    why: 'Het lokaal bestuur neemt de regie van de kinderopvang voor baby’s en peuters op, en het LOK is het overleg waarin het dat samen met de opvanginitiatieven doet: wederzijdse betrokkenheid tussen lokaal bestuur en kinderopvang.',
    resolves: 'Een LOK oprichten (of een bovenlokaal LOK laten werken in deze gemeente) met de kinderopvanginitiatieven.',
  },
  GAP_NO_BOA_REGIE: {
    checks: 'Valt de gemeente onder een BOA-netwerk waarover een gemeente de regie voert? Eén bevinding per gemeente zonder.',
    why: 'Het BOA-decreet van 3 mei 2019 geeft het lokaal bestuur de regie van de buitenschoolse opvang en activiteiten: het tekent met partners een lokaal beleid uit. Een netwerk zonder regisseur vult die rol niet in.',
    resolves: 'Een BOA-netwerk met regie van de gemeente (DIRECTS) laten gelden voor deze gemeente.',
  },
  GAP_NO_GBO: {
    checks: 'Valt de gemeente onder een Geïntegreerd Breed Onthaal (GBO)? Eén bevinding per gemeente zonder GBO.',
    why: 'Voor de meest kwetsbare personen organiseert het GBO een proactief en outreachend onthaal met actieve rechtenverkenning. Het hoort samen met het Sociaal Huis bij de nabije, toegankelijke voordeur.',
    resolves: 'Een GBO opzetten of de gemeente laten aansluiten bij een bestaand GBO, met minstens OCMW, CAW en de diensten maatschappelijk werk van de ziekenfondsen.',
  },
  GAP_GBO_PARTNER_MISSING: {
    checks: 'Heeft elk GBO-netwerk een lid voor het OCMW, het CAW en de ziekenfondsen? Eén bevinding per netwerk en per ontbrekende sector.',
    why: 'Het GBO is een samenwerking van minstens het OCMW, het CAW en de diensten maatschappelijk werk van de ziekenfondsen. Ontbreekt er één, dan is het onthaal niet geïntegreerd.',
    resolves: 'Een partner uit de ontbrekende sector als lid opnemen (MEMBER_OF, met die sector als zetel).',
  },
  GAP_ZORGRAAD_MISSING: {
    checks: 'Heeft elke eerstelijnszone een zorgraad? Eén bevinding per zone zonder zorgraad.',
    why: 'De zorgraad van de eerstelijnszone is het forum waar eerstelijnsactoren en lokale besturen de krachten bundelen; de omzendbrief noemt de eerstelijnszone de motor van geïntegreerde zorg.',
    resolves: 'De zorgraad van de zone registreren (een netwerk van type Zorgraad dat COUNCIL_OF de zone is).',
  },
  GAP_ZORGRAAD_SECTOR_MISSING: {
    checks: 'Zetelt er in elke zorgraad een lid voor elk van de gevraagde sectoren? Eén bevinding per zorgraad en per ontbrekende sector.',
    why: 'Ook jeugdhulp, de ondersteuning van personen met een handicap en kinderopvang horen aan tafel bij de zorgraad, zodat de eerste lijn welzijn en gezondheid echt verbindt.',
    resolves: 'Een organisatie uit de ontbrekende sector laten zetelen in de zorgraad.',
  },
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: {
    checks: 'Is elke gemeente lid van de zorgraad van haar zone? Eén bevinding per gemeente en zone.',
    why: 'Als lokaal bestuur zetelt u in de zorgraad van de eerstelijnszone om samen met andere besturen en partners thema’s op de agenda te zetten. Een gemeente die er niet zit, mist die verbinding.',
    resolves: 'De gemeente als lid van de zorgraad opnemen.',
  },
  GAP_CHILDCARE_CAPACITY: {
    checks: 'Zijn er genoeg opvangplaatsen voor baby’s en peuters in de gemeente, per 100 kinderen van 0 tot 3 jaar? Alleen waar het aantal kinderen gekend is.',
    why: 'Toegankelijke kinderopvang is een basisvoorziening voor gezinnen; de Barcelona-doelstelling vraagt 33 plaatsen per 100 kinderen. Hoog wanneer het aanbod onder de helft van de norm zakt, anders middel.',
    resolves: 'Meer plaatsen kinderopvang baby’s en peuters in de gemeente (met de capaciteit geregistreerd), of de norm aanpassen waar een andere afspraak geldt.',
  },
  GAP_FUNCTION_UNREACHABLE: {
    checks: 'Is elke gevraagde functie bereikbaar: een aanbod in of voor de gemeente, of in of voor een buurgemeente? Eén bevinding per gemeente en per functie.',
    why: 'Nabij en toegankelijk: zorg en ondersteuning horen in de buurt te zijn. Jeugdhulp, gezinsondersteuning en ondersteuning van personen met een handicap mogen niet ver weg liggen.',
    resolves: 'Een aanbod van die functie in de gemeente of een buurgemeente, of een bestaand aanbod dat de gemeente ook bedient (SERVES).',
  },
  OVERLAP_MULTIPLE_ZONES: {
    checks: 'Ligt een gemeente in meer dan één eerstelijnszone? Eén bevinding per gemeente.',
    why: 'Een gemeente hoort bij één zorgraad; in meerdere zones weet niemand waar het overleg plaatsvindt, en partners moeten dubbel zetelen.',
    resolves: 'Eén zone kiezen, of (voor een stad die in zones verdeeld is) die verdeling bewust vastleggen.',
  },
  OVERLAP_SAME_TYPE: {
    checks: 'Dekken twee of meer netwerken van hetzelfde type (Huis van het Kind, LOK, BOA, GBO) dezelfde gemeente? Eén bevinding per gemeente en type.',
    why: 'Dubbele netwerken versnipperen middelen en laten partners twee keer aan tafel zitten; één duidelijk aanspreekpunt is toegankelijker.',
    resolves: 'De netwerken samenvoegen of hun werkgebieden afbakenen zodat elk type de gemeente één keer dekt.',
  },
  OVERLAP_FORUM_LOAD: {
    checks: 'Is een organisatie lid van veel netwerken die allemaal dezelfde gemeente dekken? Eén bevinding per organisatie.',
    why: 'Partnerschap vraagt tijd. Een organisatie die in vele overlegfora over dezelfde gemeente zetelt, besteedt die tijd aan overleg in plaats van aan hulp.',
    resolves: 'Overleg bundelen (netwerken samenvoegen of één vertegenwoordiger per cluster), of de drempel aanpassen.',
  },
  CONFLICT_REGIE_ACTOR: {
    checks: 'Voert een gemeente de regie over een netwerk en is ze in dat domein en werkgebied ook zelf aanbieder (als actor-lid of via een organisatie die ze uitbaat)? Eén bevinding per gemeente en per netwerk.',
    why: 'Het lokaal bestuur is regisseur en actor. Om rolconflicten te vermijden vraagt de omzendbrief een beheersmodel dat beide rollen verzoent; het memorandum waarschuwt dat de dubbele rol in het voordeel van gemeentelijke initiatieven kan uitvallen. Hoog zonder beheersmodel, middel met.',
    resolves: 'Een beheersmodel vastleggen (en nagaan dat het de rollen echt scheidt), of de regie of de uitbating elders beleggen.',
  },
  CONFLICT_SELF_FUNDING: {
    checks: 'Geldt het rolconflict hierboven, én financiert de gemeente een organisatie die ze zelf uitbaat met aanbod in dat domein? Eén bevinding per gemeente en per netwerk.',
    why: 'Een gelijk speelveld vraagt neutraliteit: wie de regie voert en ook subsidies geeft, mag de eigen diensten niet bevoordelen. Dit is het scherpste rolconflict.',
    resolves: 'Financiering via transparante, voor iedereen open criteria toekennen, en een beheersmodel dat de beslissing over steun buiten de eigen uitbating legt.',
  },
  CONFLICT_UNEQUAL_SUPPORT: {
    checks: 'Financiert de gemeente haar eigen aanbod in een domein, terwijl een niet-publieke aanbieder in dezelfde gemeente niets krijgt of per plaats veel minder? Eén bevinding per gemeente en per domein.',
    why: 'Gelijk speelveld: de dubbele rol van het lokaal bestuur mag geen invloed hebben op de ondersteuning. Per plaats vergeleken, zodat grote en kleine aanbieders eerlijk naast elkaar staan.',
    resolves: 'Steun per plaats gelijktrekken of het verschil motiveren met objectieve criteria; de capaciteit registreren waar die ontbreekt.',
  },
  BOUNDARY_NETWORK_CROSSES_ZONES: {
    checks: 'Dekt een netwerk gemeenten die samen in meer dan één eerstelijnszone liggen? Eén bevinding per netwerk.',
    why: 'Bovenlokaal samenwerken is goed, maar een netwerk dat zonegrenzen overschrijdt, moet met meerdere zorgraden afstemmen. Een laag signaal om de afstemming te bewaken.',
    resolves: 'Afstemming met de betrokken zorgraden vastleggen, of het werkgebied op de zone afstemmen.',
  },
  BOUNDARY_CONTINUITY: {
    checks: 'Verschillen twee buurgemeenten in dekking door een type netwerk (Huis van het Kind, LOK, BOA, GBO): de ene heeft er één, de andere geen? Eén bevinding per buurpaar en type, over de gemeente zonder.',
    why: 'Continuïteit van dienstverlening: wie over de gemeentegrens verhuist of woont, moet niet plots zonder aanbod vallen. Het netwerk van de buur is vaak de snelste oplossing.',
    resolves: 'De gemeente laten aansluiten bij het netwerk van de buurgemeente, of er een eigen netwerk van dat type opzetten.',
  },
  BOUNDARY_ORG_CROSSES_ZONES: {
    checks: 'Liggen de gemeenten waar een organisatie aanbod heeft of die ze bedient, samen in meer dan één eerstelijnszone? Eén bevinding per organisatie.',
    why: 'Zulke organisaties werken bovenlokaal en moeten met meerdere zorgraden samenwerken; goed om te weten wie aan welke tafels hoort.',
    resolves: 'Niets hoeft te veranderen; zorg dat de organisatie betrokken is bij de zorgraden van de zones waar ze werkt.',
  },
};
