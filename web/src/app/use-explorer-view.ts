// Assembles what the explorer shows: the zone's (or municipality's) graph plus every expanded
// neighbourhood, then the part left after the label filters.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { useMemo } from 'react';
import { useMunicipalityGraph } from '../features/graph/api/get-municipality-graph';
import { useNeighbourhoods } from '../features/graph/api/get-neighbourhood';
import { useZoneGraph } from '../features/graph/api/get-zone-graph';
import type { ExplorerState } from '../lib/explorer-state';
import { EMPTY_SUBGRAPH, mergeSubgraphs, visibleSubgraph } from '../lib/subgraph';
import { useByContent } from '../lib/use-by-content';

export type ViewStatus = 'idle' | 'loading' | 'error' | 'ready';

export interface ExplorerView {
  /** Everything loaded for the view, hidden labels included. */
  full: Subgraph;
  /** What the graph draws and the table lists. */
  visible: Subgraph;
  visibleIds: ReadonlySet<string>;
  status: ViewStatus;
  /** Ids whose neighbourhood is still loading. */
  expanding: ReadonlySet<string>;
  /** Identifies the base of the view; a new one redraws the graph from scratch. */
  viewKey: string;
  /** Expanded nodes whose neighbourhood the hub cap cut short, with how many neighbours came. */
  capped: ReadonlyMap<string, number>;
}

export function useExplorerView(state: ExplorerState): ExplorerView {
  const zoneGraph = useZoneGraph(state.zone);
  const municipalityGraph = useMunicipalityGraph(state.zone ? undefined : state.municipality);
  const base = state.zone ? zoneGraph : state.municipality ? municipalityGraph : undefined;
  const uncappedIds = useByContent(state.uncapped);
  const uncapped = useMemo(() => new Set(uncappedIds), [uncappedIds]);
  const expansions = useNeighbourhoods(state.expanded, uncapped);

  // The list of query results is new every render; each result's data stays the same object until it changes.
  const expansionData = useByContent(expansions.map((query) => query.data ?? EMPTY_SUBGRAPH));
  const full = useMemo(() => mergeSubgraphs([base?.data ?? EMPTY_SUBGRAPH, ...expansionData]), [base?.data, expansionData]);
  // Likewise the hidden labels: compared by content, not by array identity.
  const hidden = useByContent(state.hidden);
  const visible = useMemo(() => visibleSubgraph(full, new Set(hidden)), [full, hidden]);
  const visibleIds = useMemo(() => new Set(visible.nodes.map((node) => node.id)), [visible]);

  const expanding = new Set(state.expanded.filter((_, index) => expansions[index]?.isPending));
  const capped = new Map<string, number>();
  state.expanded.forEach((id, index) => {
    const data = expansions[index]?.data;
    if (data?.truncated) capped.set(id, data.nodes.length - 1);
  });
  let status: ViewStatus = 'ready';
  if (!base && state.expanded.length === 0) status = 'idle';
  else if (base?.isPending || (!base && expanding.size === state.expanded.length)) status = 'loading';
  else if (base?.isError) status = 'error';

  const viewKey = state.zone ?? (state.municipality ? `nis:${state.municipality}` : 'expansions');
  return { full, visible, visibleIds, status, expanding, viewKey, capped };
}
