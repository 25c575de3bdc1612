// The zone dashboard on a hand-made pair of zones, every answer worked out by hand from the tables below.
//
//   zone Noord: A, B, C          zone Zuid: D, E           (A–B adjacent: geography, not collaboration)
//   Zorgraad Noord (council of Noord): A, B, CAW Noord, Kinderdagverblijf B (seated for jeugdhulp) — C is absent
//   Huis van het Kind AB: covers A and B, directed by A, Kinderdagverblijf B a partner
//   LOK CD: covers C and D, directed by C — across the border
//   CAW Noord: offers in A and in D; funded by A.   Kinderdagverblijf B: run by B, offer in B that serves E.
//   Thuiszorg C: an offer in C only.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../../domain/findings';
import { nodeReach } from '../../graph/queries/node-reach';
import { zoneGraph } from '../../graph/queries/zone-graph';
import { listZones } from '../../graph/queries/zones';
import { graphOfSubgraph } from '../../graph/subgraph-graph';
import { graphOf, municipality, nis } from '../rules/gap-test-graph';
import { runRules } from '../run-rules';
import { collaborationGraph } from './collaboration-graph';
import { homeMunicipalities } from './home-municipality';
import { nodesToReach, zoneDashboard } from './zone-dashboard';

const world = graphOf({
  municipalities: ['A', 'B', 'C', 'D', 'E'].map((letter) => municipality(letter)),
  adjacency: [{ nis_a: '91001', nis_b: '91002' }],
  zones: [
    { id: 'noord', name: 'Zone Noord' },
    { id: 'zuid', name: 'Zone Zuid' },
  ],
  zone_members: [
    ...['91001', '91002', '91003'].map((code) => ({ zone_id: 'noord', nis: code })),
    ...['91004', '91005'].map((code) => ({ zone_id: 'zuid', nis: code })),
  ],
  organisations: [
    { id: 'caw', name: 'CAW Noord', legal_form: 'nonprofit', sector: 'caw' },
    { id: 'kdv', name: 'Kinderdagverblijf B', legal_form: 'public', sector: 'kinderopvang', operated_by_nis: '91002' },
    { id: 'thuis', name: 'Thuiszorg C', legal_form: 'private', sector: 'thuiszorg' },
  ],
  networks: [
    { id: 'zorgraad-noord', type: 'ZORGRAAD', name: 'Zorgraad Noord', zone_id: 'noord', governance_model: false },
    { id: 'hvhk-ab', type: 'HUIS_VAN_HET_KIND', name: 'Huis van het Kind AB', directed_by_nis: '91001', governance_model: true },
    { id: 'lok-cd', type: 'LOK', name: 'LOK CD', directed_by_nis: '91003', governance_model: false },
  ],
  network_coverage: [
    { network_id: 'hvhk-ab', nis: '91001' },
    { network_id: 'hvhk-ab', nis: '91002' },
    { network_id: 'lok-cd', nis: '91003' },
    { network_id: 'lok-cd', nis: '91004' },
  ],
  memberships: [
    { network_id: 'zorgraad-noord', member_id: 'nis:91001', role: 'member' },
    { network_id: 'zorgraad-noord', member_id: 'nis:91002', role: 'regisseur' },
    { network_id: 'zorgraad-noord', member_id: 'org:caw', role: 'member' },
    { network_id: 'zorgraad-noord', member_id: 'org:kdv', role: 'partner', sector: 'jeugdhulp' },
    { network_id: 'hvhk-ab', member_id: 'org:kdv', role: 'partner' },
  ],
  offers: [
    { id: 'caw-a', org_id: 'caw', function: 'onthaal', nis: '91001' },
    { id: 'caw-d', org_id: 'caw', function: 'onthaal', nis: '91004' },
    { id: 'kdv-b', org_id: 'kdv', function: 'kinderopvang_baby_peuter', nis: '91002', capacity: 30 },
    { id: 'thuis-c', org_id: 'thuis', function: 'thuiszorg', nis: '91003' },
  ],
  offer_serves: [{ offer_id: 'kdv-b', nis: '91005' }],
  funding: [{ nis: '91001', org_id: 'caw', year: 2025, amount: 10_000 }],
});

const ZONE = 'zone:noord';
const summary = (id: string, label: string, name: string) => ({ id, label, name });

function dashboard(parameters: RuleParameters = DEFAULT_RULE_PARAMETERS) {
  const subgraph = zoneGraph(world, ZONE)!;
  return zoneDashboard({
    zone: ZONE,
    zoneGraph: subgraph,
    reach: nodeReach(world, nodesToReach(subgraph)),
    zones: listZones(world),
    findings: runRules(world, parameters),
    parameters,
  });
}

describe('the collaboration graph of a zone', () => {
  const zoneOnly = graphOfSubgraph(zoneGraph(world, ZONE)!);
  const collaboration = collaborationGraph(zoneOnly, ZONE);

  it('links the zone\'s municipalities, networks and organisations, without the zone, offers or adjacency', () => {
    expect(collaboration.nodes()).toEqual([
      'net:hvhk-ab',
      'net:lok-cd',
      'net:zorgraad-noord',
      nis('A'),
      nis('B'),
      nis('C'),
      'org:caw',
      'org:kdv',
      'org:thuis',
    ]);
    // DIRECTS beside COVERS, FUNDS beside an offer, OPERATES beside an offer: one edge each.
    expect(collaboration.mapEdges((_edge, _attributes, a, b) => `${a} ${b}`)).toEqual([
      'net:hvhk-ab nis:91001',
      'net:hvhk-ab nis:91002',
      'net:hvhk-ab org:kdv',
      'net:lok-cd nis:91003',
      'net:zorgraad-noord nis:91001',
      'net:zorgraad-noord nis:91002',
      'net:zorgraad-noord org:caw',
      'net:zorgraad-noord org:kdv',
      'nis:91001 org:caw',
      'nis:91002 org:kdv',
      'nis:91003 org:thuis',
    ]);
  });

  it('gives each actor the home municipality of the stated rule', () => {
    const homes = homeMunicipalities(zoneOnly, collaboration.nodes(), new Set([nis('A'), nis('B'), nis('C')]));
    expect(Object.fromEntries(homes)).toEqual({
      'net:hvhk-ab': nis('A'), // its regisseur
      'net:lok-cd': nis('C'), // its regisseur
      [nis('A')]: nis('A'),
      [nis('B')]: nis('B'),
      [nis('C')]: nis('C'),
      'org:caw': nis('A'), // most of its offers here (the one in D lies outside the zone graph)
      'org:kdv': nis('B'), // run by B
      'org:thuis': nis('C'),
    });
  });
});

describe('the zone dashboard', () => {
  it('lists the zorgraad by seat, own sector and role, with its missing sectors from their findings', () => {
    const [zorgraad, ...others] = dashboard().zorgraden;
    expect(others).toEqual([]);
    expect(zorgraad!.network).toEqual(summary('net:zorgraad-noord', 'Network', 'Zorgraad Noord'));
    expect(zorgraad!.members.map((member) => `${member.seat} ${member.sector} ${member.role} ${member.member.name}`)).toEqual([
      'lokaal_bestuur lokaal_bestuur member Gemeente A',
      'lokaal_bestuur lokaal_bestuur regisseur Gemeente B',
      'caw caw member CAW Noord',
      'jeugdhulp kinderopvang partner Kinderdagverblijf B',
    ]);
    expect(zorgraad!.bySeat).toEqual([
      { sector: 'lokaal_bestuur', count: 2, required: false },
      { sector: 'caw', count: 1, required: false },
      { sector: 'kinderopvang', count: 0, required: true },
      { sector: 'jeugdhulp', count: 1, required: true },
      { sector: 'handicap', count: 0, required: true },
    ]);
    expect(zorgraad!.bySector).toEqual([
      { sector: 'lokaal_bestuur', count: 2 },
      { sector: 'caw', count: 1 },
      { sector: 'kinderopvang', count: 1 },
    ]);
    expect(zorgraad!.byRole).toEqual([
      { role: 'regisseur', count: 1 },
      { role: 'partner', count: 1 },
      { role: 'member', count: 2 },
    ]);
    expect(zorgraad!.missingSectors).toEqual([
      { sector: 'handicap', finding: 'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-noord:handicap' },
      { sector: 'kinderopvang', finding: 'GAP_ZORGRAAD_SECTOR_MISSING:net:zorgraad-noord:kinderopvang' },
    ]);
  });

  it('follows the zorgraadSectors parameter', () => {
    const { zorgraden, requiredSectors } = dashboard({ ...DEFAULT_RULE_PARAMETERS, zorgraadSectors: ['caw', 'ocmw'] });
    expect(requiredSectors).toEqual(['caw', 'ocmw']);
    expect(zorgraden[0]!.missingSectors.map((missing) => missing.sector)).toEqual(['ocmw']);
    expect(zorgraden[0]!.bySeat.filter((seat) => seat.required)).toEqual([
      { sector: 'ocmw', count: 0, required: true },
      { sector: 'caw', count: 1, required: true },
    ]);
  });

  it('names the absent municipality, the network across the border and the organisations active in the other zone', () => {
    const result = dashboard();
    expect(result.zone).toEqual(summary(ZONE, 'Zone', 'Zone Noord'));
    expect(result.municipalities.map((m) => m.name)).toEqual(['Gemeente A', 'Gemeente B', 'Gemeente C']);
    expect(result.absentMunicipalities).toEqual([
      { municipality: summary(nis('C'), 'Municipality', 'Gemeente C'), finding: 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT:nis:91003:zone:noord' },
    ]);
    expect(result.borderNetworks).toEqual([
      {
        network: summary('net:lok-cd', 'Network', 'LOK CD'),
        type: 'LOK',
        inside: [summary(nis('C'), 'Municipality', 'Gemeente C')],
        outside: [summary(nis('D'), 'Municipality', 'Gemeente D')],
        otherZones: [summary('zone:zuid', 'Zone', 'Zone Zuid')],
      },
    ]);
    expect(result.crossZoneOrganisations).toEqual([
      { organisation: summary('org:caw', 'Organisation', 'CAW Noord'), sector: 'caw', outside: [summary(nis('D'), 'Municipality', 'Gemeente D')], otherZones: [summary('zone:zuid', 'Zone', 'Zone Zuid')] },
      { organisation: summary('org:kdv', 'Organisation', 'Kinderdagverblijf B'), sector: 'kinderopvang', outside: [summary(nis('E'), 'Municipality', 'Gemeente E')], otherZones: [summary('zone:zuid', 'Zone', 'Zone Zuid')] },
    ]);
  });

  it('ranks brokers by the betweenness worked out by hand', () => {
    const { collaboration } = dashboard();
    expect(collaboration.size).toEqual({ nodes: 9, edges: 11, municipalities: 3, networks: 3, organisations: 3 });
    expect(collaboration.betweenness).toEqual({ method: 'exact' });
    // Pairs of other nodes: 8 · 7 ÷ 2 = 28. The zorgraad lies on A–B (½), A–kdv (½), B–caw and caw–kdv: 3;
    // A on hvhk–caw and a third of zorgraad–hvhk: 4/3; the Huis van het Kind on half of A–B and A–kdv: 1;
    // C between its LOK and Thuiszorg C: 1; B and kdv a third of zorgraad–hvhk each.
    expect(collaboration.brokers.map((broker) => [broker.node.id, broker.betweenness, broker.degree])).toEqual([
      ['net:zorgraad-noord', round(3 / 28), 4],
      [nis('A'), round(4 / 3 / 28), 3],
      ['net:hvhk-ab', round(1 / 28), 3],
      [nis('C'), round(1 / 28), 2],
      [nis('B'), round(1 / 3 / 28), 3],
      ['org:kdv', round(1 / 3 / 28), 3],
      ['org:caw', 0, 2],
      ['net:lok-cd', 0, 1],
      ['org:thuis', 0, 1],
    ]);
    const zorgraad = collaboration.brokers[0]!;
    expect(zorgraad.degreeCentrality).toBe(round(4 / 8));
    // Its neighbours' homes: A, B, and CAW (A) and the Kinderdagverblijf (B): two municipalities.
    expect(zorgraad.municipalities).toBe(2);
  });

  it('finds C with its LOK and Thuiszorg C as a community of its own, in C', () => {
    const { collaboration } = dashboard();
    const community = collaboration.communities.find((found) => found.core.some((member) => member.id === nis('C')))!;
    expect(community.size).toBe(3);
    expect(community.sizeByLabel).toEqual({ Municipality: 1, Network: 1, Organisation: 1 });
    expect(community.dominant).toEqual(summary(nis('C'), 'Municipality', 'Gemeente C'));
    expect(community.share).toBe(1);
    expect(collaboration.alignment.homed + collaboration.alignment.unhomed).toBe(9);
    expect(collaboration.alignment.unhomed).toBe(1); // the zorgraad
    expect(collaboration.communities.reduce((sum, found) => sum + found.size, 0)).toBe(9);
  });

  it('shows a zone without a zorgraad as such: no seats, no absent municipalities, the GAP_ZORGRAAD_MISSING finding', () => {
    const subgraph = zoneGraph(world, 'zone:zuid')!;
    const zuid = zoneDashboard({
      zone: 'zone:zuid',
      zoneGraph: subgraph,
      reach: nodeReach(world, nodesToReach(subgraph)),
      zones: listZones(world),
      findings: runRules(world, DEFAULT_RULE_PARAMETERS),
      parameters: DEFAULT_RULE_PARAMETERS,
    });
    expect(zuid.zorgraden).toEqual([]);
    expect(zuid.absentMunicipalities).toEqual([]);
    expect(zuid.findings.map((finding) => finding.id)).toContain('GAP_ZORGRAAD_MISSING:zone:zuid');
    // From the south, the LOK reaches north into C and CAW Noord comes from A. The Kinderdagverblijf only
    // serves E from B: the zone graph holds the organisations with offers located in the zone, not serving it.
    expect(zuid.borderNetworks.map((border) => [border.network.id, border.outside.map((m) => m.id)])).toEqual([['net:lok-cd', [nis('C')]]]);
    expect(zuid.crossZoneOrganisations.map((organisation) => [organisation.organisation.id, organisation.outside.map((m) => m.id)])).toEqual([
      ['org:caw', [nis('A')]],
    ]);
  });

  it('keeps the findings about the zone or its municipalities, and nothing of the other zone alone', () => {
    const { findings } = dashboard();
    const inZone = new Set([ZONE, nis('A'), nis('B'), nis('C')]);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => inZone.has(finding.subject) || finding.related.some((id) => inZone.has(id)))).toBe(true);
    expect(findings.some((finding) => finding.subject === nis('E'))).toBe(false);
    expect(findings.map((finding) => finding.id)).toEqual(findings.map((finding) => finding.id).sort());
  });
});

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
