// The zone dashboard, assembled from what the stores answer: a pure function, so both stores give the same
// dashboard for the same data and every part of it can be tested on a hand-made graph.
import type { NodeReach, NodeSummary, ZoneSummary } from '../../domain/api';
import { filterFindings } from '../../domain/finding-query';
import { RULE_IDS, type Finding, type RuleParameters } from '../../domain/findings';
import type { Subgraph } from '../../domain/graph';
import type { ZoneDashboard } from '../../domain/zone-dashboard';
import { linked } from '../../graph/knooppunt-graph';
import { graphOfSubgraph } from '../../graph/subgraph-graph';
import { zorgradenOf } from '../rules/gap-coverage';
import { borderNetworks } from './border-networks';
import { collaborationMetrics, DEFAULT_METRIC_OPTIONS, type MetricOptions } from './collaboration-metrics';
import { crossZoneOrganisations } from './cross-zone-organisations';
import { compareByName, summaryOf } from './node-summaries';
import { absentMunicipalities, missingSectors } from './zorgraad-gaps';
import { zorgraadSeats } from './zorgraad-seats';

export interface ZoneDashboardInput {
  zone: string;
  /** The zone's graph (GraphStore.zoneGraph). */
  zoneGraph: Subgraph;
  /** Where the zone graph's networks and organisations work (GraphStore.nodeReach of `nodesToReach`). */
  reach: readonly NodeReach[];
  /** Every zone (GraphStore.listZones), to name the zones beyond the border. */
  zones: readonly ZoneSummary[];
  /** Every finding (GraphStore.findings with `parameters`); the dashboard keeps the zone's. */
  findings: readonly Finding[];
  parameters: RuleParameters;
  metrics?: MetricOptions;
}

/** The nodes of a zone graph whose reach the dashboard needs: its networks and organisations. */
export function nodesToReach(zoneGraph: Subgraph): string[] {
  return zoneGraph.nodes.filter((node) => node.label === 'Network' || node.label === 'Organisation').map((node) => node.id);
}

export function zoneDashboard(input: ZoneDashboardInput): ZoneDashboard {
  const { zone, parameters } = input;
  const graph = graphOfSubgraph(input.zoneGraph);
  const municipalityIds = linked(graph, zone, 'IN_ZONE', 'in');
  const findings = filterFindings(input.findings, { rules: [...RULE_IDS], zone }, new Set(municipalityIds));
  const reach = new Map(input.reach.map((node) => [node.id, node]));
  const zoneNames = new Map(input.zones.map((summary) => [summary.id, summary.name]));
  const zoneName = (id: string): NodeSummary => ({ id, label: 'Zone', name: zoneNames.get(id) ?? id });

  return {
    zone: summaryOf(graph, zone),
    municipalities: municipalityIds.map((id) => summaryOf(graph, id)).sort(compareByName),
    requiredSectors: [...new Set(parameters.zorgraadSectors)],
    zorgraden: zorgradenOf(graph, zone).map((zorgraad) =>
      zorgraadSeats(graph, zorgraad, parameters.zorgraadSectors, missingSectors(findings, zorgraad)),
    ),
    absentMunicipalities: absentMunicipalities(findings, zone)
      .map(({ municipality, finding }) => ({ municipality: summaryOf(graph, municipality), finding }))
      .sort((a, b) => compareByName(a.municipality, b.municipality)),
    borderNetworks: borderNetworks(graph, zone, reach, zoneName),
    crossZoneOrganisations: crossZoneOrganisations(graph, zone, reach, zoneName),
    collaboration: collaborationMetrics(graph, zone, input.metrics ?? DEFAULT_METRIC_OPTIONS),
    findings,
  };
}
