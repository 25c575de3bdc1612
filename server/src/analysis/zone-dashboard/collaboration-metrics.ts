// The network metrics of a zone's collaboration graph (collaboration-graph.ts says what that graph is):
// degree and betweenness (who brokers between municipalities), Louvain communities with their modularity,
// and how far those communities follow municipal borders.
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import type { NodeSummary } from '../../domain/api';
import type { Broker, CollaborationMetrics, Community } from '../../domain/zone-dashboard';
import { compareIds, linked, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { betweenness, DEFAULT_BETWEENNESS_OPTIONS, type BetweennessOptions } from './betweenness';
import { borderAlignment } from './border-alignment';
import { collaborationGraph, type CollaborationGraph } from './collaboration-graph';
import { communities, LOUVAIN_SEED } from './communities';
import { homeMunicipalities } from './home-municipality';

/** How many brokers the dashboard lists, and how many members show what a community is about. */
export const TOP_BROKERS = 15;
const CORE_SIZE = 5;

export interface MetricOptions {
  betweenness: BetweennessOptions;
  louvainSeed: number;
}

export const DEFAULT_METRIC_OPTIONS: Readonly<MetricOptions> = { betweenness: DEFAULT_BETWEENNESS_OPTIONS, louvainSeed: LOUVAIN_SEED };

/** Four decimals: plenty for a chart or a table, and short in JSON. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function summary(graph: CollaborationGraph, id: string): NodeSummary {
  const { label, name } = graph.getNodeAttributes(id);
  return { id, label, name };
}

export function collaborationMetrics(graph: KnooppuntGraph, zone: string, options: MetricOptions = DEFAULT_METRIC_OPTIONS): CollaborationMetrics {
  const collaboration = collaborationGraph(graph, zone);
  const home = homeMunicipalities(graph, collaboration.nodes(), new Set(linked(graph, zone, 'IN_ZONE', 'in')));
  const degree = collaboration.order > 1 ? degreeCentrality(collaboration) : {};
  const between = betweenness(collaboration, options.betweenness);
  const partition = communities(collaboration, options.louvainSeed);
  const alignment = borderAlignment(partition.community, home);

  const byDegree = (a: string, b: string) => collaboration.degree(b) - collaboration.degree(a) || compareIds(a, b);
  const brokers: Broker[] = collaboration
    .nodes()
    .sort((a, b) => between.values[b]! - between.values[a]! || byDegree(a, b))
    .slice(0, TOP_BROKERS)
    .map((id) => {
      const homes = new Set<string>();
      collaboration.forEachNeighbor(id, (neighbour) => {
        const neighbourHome = home.get(neighbour);
        if (neighbourHome !== undefined) homes.add(neighbourHome);
      });
      return {
        node: summary(collaboration, id),
        degree: collaboration.degree(id),
        degreeCentrality: round(degree[id] ?? 0),
        betweenness: round(between.values[id]!),
        municipalities: homes.size,
        community: partition.community.get(id)!,
      };
    });

  const found: Community[] = partition.members.map((members, index) => {
    const aligned = alignment.byCommunity.get(index + 1)!;
    const sizeByLabel: Community['sizeByLabel'] = {};
    for (const member of members) {
      const label = collaboration.getNodeAttribute(member, 'label');
      sizeByLabel[label] = (sizeByLabel[label] ?? 0) + 1;
    }
    return {
      id: index + 1,
      size: members.length,
      sizeByLabel,
      homed: aligned.homed,
      ...(aligned.dominant !== undefined ? { dominant: summary(collaboration, aligned.dominant) } : {}),
      share: round(aligned.share),
      core: [...members].sort(byDegree).slice(0, CORE_SIZE).map((id) => summary(collaboration, id)),
    };
  });

  const count = (label: string) => collaboration.filterNodes((_id, attributes) => attributes.label === label).length;
  return {
    size: {
      nodes: collaboration.order,
      edges: collaboration.size,
      municipalities: count('Municipality'),
      networks: count('Network'),
      organisations: count('Organisation'),
    },
    betweenness: between.method,
    brokers,
    communities: found,
    modularity: round(partition.modularity),
    alignment: {
      homed: alignment.homed,
      unhomed: alignment.unhomed,
      purity: round(alignment.purity),
      nmi: alignment.nmi === null ? null : round(alignment.nmi),
    },
  };
}
