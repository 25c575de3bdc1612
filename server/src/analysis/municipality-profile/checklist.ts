// The profile's checklist: per network type and per offer function, what covers the municipality, or that
// nothing does, with the findings that say so (nabij: every municipality needs its networks close by).
import type { NodeSummary } from '../../domain/api';
import type { MunicipalityCoverage } from '../../domain/coverage';
import { LOCAL_NETWORK_TYPES, type Finding } from '../../domain/findings';
import type { CheckStatus, FunctionCheck, FunctionOffer, NetworkTypeCheck } from '../../domain/municipality-profile';
import { FUNCTION_DOMAIN, FUNCTIONS, NETWORK_TYPE_DOMAINS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '../../domain/vocabulary';
import { findingFunction, findingNetworkType, findingRef } from './finding-topics';
import { byName, networkNode, sortedById, type ProfileIndex } from './profile-facts';

/**
 * The zorgraad of its zone and the four local networks the rules expect (docs/rules.md), then the local
 * forums no rule asks for. OTHER is left out: it names no kind of network to have or to miss.
 */
export const CHECKLIST_NETWORK_TYPES = ['ZORGRAAD', ...LOCAL_NETWORK_TYPES, 'SOCIAAL_HUIS', 'ZORGZAME_BUURT'] as const satisfies readonly NetworkType[];
const EXPECTED_NETWORK_TYPES: ReadonlySet<NetworkType> = new Set(['ZORGRAAD', ...LOCAL_NETWORK_TYPES]);

function status(present: boolean, findings: readonly Finding[], onlyNextDoor = false): CheckStatus {
  if (!present) return 'missing';
  return onlyNextDoor || findings.some((finding) => finding.kind === 'gap') ? 'partial' : 'covered';
}

function ownCoverage(index: ProfileIndex): MunicipalityCoverage {
  const row = index.coverage(index.municipality.id);
  if (row === undefined) throw new Error(`municipality-profile: no coverage row for "${index.municipality.id}"`);
  return row;
}

/** The zorgraden (ZORGRAAD networks COUNCIL_OF a zone) of the municipality's zones, sorted by id. */
function zorgraden(index: ProfileIndex): NodeSummary[] {
  const councils = index.facts.zones.flatMap((zone) =>
    zone.relationships
      .filter((entry) => entry.relationship.type === 'COUNCIL_OF' && entry.direction === 'in')
      .map((entry) => entry.other)
      .filter((network) => networkNode(index, network.id)?.properties.type === 'ZORGRAAD'),
  );
  return sortedById(new Map(councils.map((network) => [network.id, network])).values());
}

function directorsOf(index: ProfileIndex, network: string): NodeSummary[] {
  const detail = index.networkDetail(network);
  return (detail?.relationships ?? [])
    .filter((entry) => entry.relationship.type === 'DIRECTS' && entry.direction === 'in')
    .map((entry) => entry.other)
    .sort(byName);
}

export function networkTypeCheck(index: ProfileIndex, networkType: NetworkType): NetworkTypeCheck {
  const networks = networkType === 'ZORGRAAD' ? zorgraden(index) : ownCoverage(index).networks[networkType];
  // A finding belongs here when it is about this type and about the municipality, one of its zones, or one of these networks.
  const subjects = new Set([index.municipality.id, ...index.zones, ...networks.map((network) => network.id)]);
  const findings = index.facts.findings.filter((finding) => findingNetworkType(finding) === networkType && subjects.has(finding.subject));
  return {
    networkType,
    expected: EXPECTED_NETWORK_TYPES.has(networkType),
    status: status(networks.length > 0, findings),
    networks: networks.map((network) => ({ network, directedBy: directorsOf(index, network.id) })),
    findings: findings.map(findingRef),
  };
}

/** Offer id → the organisation that PROVIDES it, in the municipality's graph. */
function providers(index: ProfileIndex): Map<string, string> {
  return new Map(index.facts.graph.relationships.filter((r) => r.type === 'PROVIDES').map((r) => [r.to, r.from]));
}

function offersOf(index: ProfileIndex, fn: OfferFunction, providerOf: ReadonlyMap<string, string>): FunctionOffer[] {
  const offers: FunctionOffer[] = [];
  for (const relationship of index.own) {
    if ((relationship.type !== 'LOCATED_IN' && relationship.type !== 'SERVES') || relationship.to !== index.municipality.id) continue;
    const offer = index.node(relationship.from);
    if (offer?.label !== 'Offer' || offer.properties.function !== fn) continue;
    const provider = providerOf.get(offer.id);
    offers.push({
      offer: index.summary(offer.id),
      ...(provider !== undefined ? { provider: index.summary(provider) } : {}),
      where: relationship.type === 'LOCATED_IN' ? 'located' : 'serves',
      ...(offer.properties.capacity !== undefined ? { capacity: offer.properties.capacity } : {}),
    });
  }
  return offers.sort((a, b) => (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));
}

function isExpected(index: ProfileIndex, fn: OfferFunction): boolean {
  const children = index.municipality.properties.children0to3;
  // GAP_CHILDCARE_CAPACITY only judges where the number of children aged 0-3 is known and above 0.
  return index.facts.parameters.reachFunctions.includes(fn) || (fn === 'kinderopvang_baby_peuter' && children !== undefined && children > 0);
}

export function functionCheck(index: ProfileIndex, fn: OfferFunction, providerOf = providers(index)): FunctionCheck {
  const own = ownCoverage(index);
  const domain = FUNCTION_DOMAIN[fn];
  const reach = own.reach[fn];
  const findings = index.facts.findings.filter((finding) => finding.subject === index.municipality.id && findingFunction(finding) === fn);
  const directing = NETWORK_TYPES.filter((type) => NETWORK_TYPE_DOMAINS[type].includes(domain));
  return {
    function: fn,
    domain,
    expected: isExpected(index, fn),
    status: status(reach !== 'none', findings, reach === 'neighbour'),
    reach,
    offers: offersOf(index, fn, providerOf),
    networks: sortedById(directing.flatMap((type) => own.networks[type])),
    neighbours: index.neighbours
      .filter((neighbour) => index.coverage(neighbour)?.reach[fn] === 'local')
      .map((neighbour) => index.summary(neighbour))
      .sort(byName),
    findings: findings.map(findingRef),
  };
}

export function checklist(index: ProfileIndex): { networkTypes: NetworkTypeCheck[]; functions: FunctionCheck[] } {
  const providerOf = providers(index);
  return {
    networkTypes: CHECKLIST_NETWORK_TYPES.map((type) => networkTypeCheck(index, type)),
    functions: FUNCTIONS.map((fn) => functionCheck(index, fn, providerOf)),
  };
}
