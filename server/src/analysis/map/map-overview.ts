// The map's facts in one answer: coverage per municipality, findings counted per municipality and per zone
// with exactly the filters of GET /api/findings, and where BOUNDARY_CONTINUITY findings lie.
import type { ZoneSummary } from '../../domain/api';
import type { CoverageResponse } from '../../domain/coverage';
import type { Finding } from '../../domain/findings';
import { bareId, labelOfId } from '../../domain/ids';
import type { ContinuityBorder, MapMunicipality, MapNetwork, MapOverview, MapZone, RuleTally } from '../../domain/map-overview';
import { addToTally } from '../../domain/rule-tally';
import { NETWORK_TYPES, type NetworkType } from '../../domain/vocabulary';

const isMunicipality = (id: string) => labelOfId(id) === 'Municipality';

/** The municipalities a finding is about: its subject and related ids that are municipalities. */
function municipalitiesOf(finding: Finding): Set<string> {
  return new Set([finding.subject, ...finding.related].filter(isMunicipality));
}

function continuityBorder(finding: Finding): ContinuityBorder | undefined {
  const evidence = finding.evidence as { networkType?: unknown; neighbour?: unknown };
  if (typeof evidence.networkType !== 'string' || typeof evidence.neighbour !== 'string') return undefined;
  if (!isMunicipality(finding.subject) || !isMunicipality(evidence.neighbour)) return undefined;
  return {
    finding: finding.id,
    networkType: evidence.networkType as NetworkType,
    uncovered: bareId(finding.subject),
    covered: bareId(evidence.neighbour),
  };
}

export function mapOverview(coverage: CoverageResponse, zones: readonly ZoneSummary[], findings: readonly Finding[]): MapOverview {
  const networks = new Map<string, MapNetwork>();
  const zoneMembers = new Map<string, string[]>(zones.map((zone) => [zone.id, []]));
  const zonesOfMunicipality = new Map<string, string[]>();
  const municipalities = new Map<string, MapMunicipality>();

  for (const row of coverage.municipalities) {
    const covering: MapMunicipality['networks'] = {};
    for (const type of NETWORK_TYPES) {
      const ofType = row.networks[type];
      if (ofType.length === 0) continue;
      covering[type] = ofType.map((network) => network.id);
      for (const network of ofType) networks.set(network.id, { id: network.id, name: network.name, type });
    }
    for (const zone of row.zones) zoneMembers.get(zone)?.push(row.municipality.nis);
    zonesOfMunicipality.set(row.municipality.id, row.zones);
    municipalities.set(row.municipality.id, {
      nis: row.municipality.nis,
      name: row.municipality.name,
      zones: row.zones,
      networks: covering,
      ...(row.childcare.per100 === undefined ? {} : { childcarePer100: row.childcare.per100 }),
      findings: {},
    });
  }

  const zoneTallies = new Map<string, RuleTally>(zones.map((zone) => [zone.id, {}]));
  const all: RuleTally = {};
  const continuity: ContinuityBorder[] = [];
  for (const finding of findings) {
    addToTally(all, finding.rule, finding.severity);
    const about = municipalitiesOf(finding);
    // The zones GET /api/findings?zone= would list this finding under: named directly, or through a municipality.
    const touchedZones = new Set([finding.subject, ...finding.related].filter((id) => zoneTallies.has(id)));
    for (const id of about) {
      const municipality = municipalities.get(id);
      if (municipality) addToTally(municipality.findings, finding.rule, finding.severity);
      for (const zone of zonesOfMunicipality.get(id) ?? []) touchedZones.add(zone);
    }
    for (const zone of touchedZones) {
      const tally = zoneTallies.get(zone);
      if (tally) addToTally(tally, finding.rule, finding.severity);
    }
    if (finding.rule === 'BOUNDARY_CONTINUITY') {
      const border = continuityBorder(finding);
      if (border) continuity.push(border);
    }
  }

  const mapZones: MapZone[] = zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    municipalities: [...(zoneMembers.get(zone.id) ?? [])].sort(),
    findings: zoneTallies.get(zone.id) ?? {},
  }));
  return {
    municipalities: [...municipalities.values()],
    zones: mapZones,
    networks: [...networks.values()].sort((a, b) => a.id.localeCompare(b.id)),
    continuity: continuity.sort((a, b) => a.finding.localeCompare(b.finding)),
    findings: all,
  };
}
