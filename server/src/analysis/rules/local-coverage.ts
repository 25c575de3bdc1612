// Which networks of the local types (Huis van het Kind, LOK, BOA, GBO) cover each municipality: the
// shared fact behind duplicate networks (OVERLAP_SAME_TYPE) and coverage breaks at borders (BOUNDARY_CONTINUITY).
import { LOCAL_NETWORK_TYPES } from '../../domain/findings';
import type { NetworkProperties } from '../../domain/graph';
import type { NetworkType } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { derived, forEachRelationship } from './graph-index';

export type LocalNetworkType = (typeof LOCAL_NETWORK_TYPES)[number];

const LOCAL_TYPES: ReadonlySet<NetworkType> = new Set(LOCAL_NETWORK_TYPES);

/** Municipality id → network type → the networks of that type covering it (sorted). */
export function localCoverage(graph: KnooppuntGraph): ReadonlyMap<string, ReadonlyMap<LocalNetworkType, readonly string[]>> {
  return derived(graph, 'localCoverage', () => readCoverage(graph));
}

function readCoverage(graph: KnooppuntGraph): Map<string, Map<LocalNetworkType, string[]>> {
  const coverage = new Map<string, Map<LocalNetworkType, string[]>>();
  forEachRelationship(graph, 'COVERS', (network, municipality) => {
    const type = (graph.getNodeAttribute(network, 'properties') as NetworkProperties).type;
    if (!LOCAL_TYPES.has(type)) return;
    let byType = coverage.get(municipality);
    if (byType === undefined) coverage.set(municipality, (byType = new Map()));
    const networks = byType.get(type as LocalNetworkType);
    if (networks === undefined) byType.set(type as LocalNetworkType, [network]);
    else networks.push(network);
  });
  for (const byType of coverage.values()) for (const networks of byType.values()) networks.sort();
  return coverage;
}
