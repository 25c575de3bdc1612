// The zone dashboard's network metrics on the largest zones of a generated dataset: the size of their
// collaboration graphs, exact betweenness beside the pivot estimate (time and error), Louvain, and the whole
// dashboard. These figures set DEFAULT_BETWEENNESS_OPTIONS (analysis/zone-dashboard/betweenness.ts).
// Run: pnpm bench zone-dashboard   (--scale tenfold for the ten-fold dataset, --zones N for more zones)
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import { betweenness, DEFAULT_BETWEENNESS_OPTIONS, type BetweennessOptions } from '@knooppunt/server/analysis/zone-dashboard/betweenness';
import { collaborationGraph } from '@knooppunt/server/analysis/zone-dashboard/collaboration-graph';
import { communities } from '@knooppunt/server/analysis/zone-dashboard/communities';
import { nodesToReach, zoneDashboard } from '@knooppunt/server/analysis/zone-dashboard/zone-dashboard';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { graphOfSubgraph } from '@knooppunt/server/graph/subgraph-graph';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { percentile, printTable, timed } from './support';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'flanders' }, zones: { type: 'string', default: '3' }, runs: { type: 'string', default: '5' } } });
const scale = values.scale as GeneratorScale;
const runs = Number(values.runs);

/** The median time of `runs` runs after one warm-up run. */
async function median<T>(work: () => T): Promise<{ value: T; ms: number }> {
  const { value } = await timed(work);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push((await timed(work)).ms);
  return { value, ms: percentile(times.sort((a, b) => a - b), 0.5) };
}

const store = EmbeddedStore.inMemory();
await store.importDataset(generateDataset({ seed: 42, scale }), { replace: true });
const zones = await store.listZones();
const findings = await store.findings(DEFAULT_RULE_PARAMETERS);

const sized = [];
for (const zone of zones) {
  const subgraph = (await store.zoneGraph(zone.id))!;
  sized.push({ zone: zone.id, subgraph, collaboration: collaborationGraph(graphOfSubgraph(subgraph), zone.id) });
}
sized.sort((a, b) => b.collaboration.order - a.collaboration.order);

const metricRows: Record<string, string | number>[] = [];
const betweennessRows: Record<string, string | number>[] = [];
for (const { zone, subgraph, collaboration } of sized.slice(0, Number(values.zones))) {
  const exact = await median(() => betweenness(collaboration, { ...DEFAULT_BETWEENNESS_OPTIONS, workLimit: Number.MAX_SAFE_INTEGER }));
  const top = (scores: Record<string, number>) => Object.keys(scores).sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
  const exactTop = top(exact.value.values);
  // The estimate at a few fixed pivot counts (a work limit of pivots × edges forces it), and what the dashboard runs.
  const variants: [string, BetweennessOptions][] = [
    ...[100, 250, 500].map((pivots): [string, BetweennessOptions] => [`${pivots} pivots`, { ...DEFAULT_BETWEENNESS_OPTIONS, minPivots: 1, workLimit: pivots * collaboration.size }]),
    ['dashboard default', DEFAULT_BETWEENNESS_OPTIONS],
  ];
  betweennessRows.push({ zone, nodes: collaboration.order, edges: collaboration.size, method: 'exact', ms: Math.round(exact.ms), 'max error': 0, 'mean error': 0, 'top-10 kept': 10 });
  for (const [name, options] of variants) {
    const estimate = await median(() => betweenness(collaboration, options));
    const errors = collaboration.nodes().map((node) => Math.abs(exact.value.values[node]! - estimate.value.values[node]!));
    const method = estimate.value.method;
    betweennessRows.push({
      zone,
      nodes: collaboration.order,
      edges: collaboration.size,
      method: `${name}: ${method.method === 'sampled' ? `sampled, ${method.pivots} pivots` : 'exact'}`,
      ms: Math.round(estimate.ms),
      'max error': Number(Math.max(...errors).toFixed(4)),
      'mean error': Number((errors.reduce((sum, error) => sum + error, 0) / errors.length).toFixed(5)),
      'top-10 kept': exactTop.filter((node) => top(estimate.value.values).includes(node)).length,
    });
  }
  const louvain = await median(() => communities(collaboration));
  const reach = await store.nodeReach(nodesToReach(subgraph));
  const whole = await median(() => zoneDashboard({ zone, zoneGraph: subgraph, reach, zones, findings, parameters: DEFAULT_RULE_PARAMETERS }));
  metricRows.push({
    zone,
    nodes: collaboration.order,
    edges: collaboration.size,
    'nodes × edges': collaboration.order * collaboration.size,
    'louvain ms': Math.round(louvain.ms),
    communities: louvain.value.members.length,
    modularity: Number(louvain.value.modularity.toFixed(3)),
    'dashboard ms': Math.round(whole.ms),
    betweenness: whole.value.collaboration.betweenness.method,
  });
}
printTable(`betweenness, ${scale} scale (seed 42), median of ${runs} runs; the error is on normalised values (0-1)`, betweennessRows);
printTable(`Louvain and the whole dashboard (pure function, store answers read beforehand); exact betweenness up to ${DEFAULT_BETWEENNESS_OPTIONS.workLimit} nodes × edges`, metricRows);
