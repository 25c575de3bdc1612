// The findings the explorer needs: the list of the findings view's scope, the zone's findings that mark
// nodes in the graph, and the chosen finding the graph focuses on.
import type { Finding, FindingKind } from '@knooppunt/server/domain/findings';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { useMemo } from 'react';
import type { FindingsScope } from '../features/findings/api/get-findings';
import { useFindings } from '../features/findings/api/get-findings';
import { findingMarkers, type FindingMarker } from '../features/findings/finding-filters';
import type { FindingFocus } from '../features/graph/finding-overlay';
import type { ExplorerState } from '../lib/explorer-state';
import type { ViewStatus } from './use-explorer-view';

export interface ExplorerFindings {
  /** The findings view's list, before its kind, rule and severity filters. */
  list: Finding[] | undefined;
  listStatus: ViewStatus;
  markers: ReadonlyMap<string, FindingMarker>;
  /** Nodes in view that carry a marker, per kind of their worst finding. */
  markerCounts: ReadonlyMap<FindingKind, number>;
  chosen: Finding | undefined;
  focus: FindingFocus | undefined;
}

const NO_MARKERS: ReadonlyMap<string, FindingMarker> = new Map();

function listScope(state: ExplorerState): FindingsScope | undefined {
  const { scope } = state.findings;
  if (scope === 'all') return {};
  if (scope !== 'zone') return { municipality: scope };
  return state.zone ? { zone: state.zone } : undefined;
}

/** The graph marks the findings about what it shows: the zone's, or the municipality's. */
function overlayScope(state: ExplorerState): FindingsScope | undefined {
  if (state.zone) return { zone: state.zone };
  return state.municipality ? { municipality: `nis:${state.municipality}` } : undefined;
}

export function useExplorerFindings(state: ExplorerState, visible: Subgraph): ExplorerFindings {
  // The list is only fetched while it is shown, or while a link asks to focus one of its findings.
  const wantList = state.view === 'findings' || state.finding !== undefined;
  const list = useFindings(wantList ? listScope(state) : undefined);
  const overlay = useFindings(state.overlays || state.finding ? overlayScope(state) : undefined);


  const chosen = useMemo(
    () =>
      state.finding === undefined
        ? undefined
        : (list.data?.find((finding) => finding.id === state.finding) ?? overlay.data?.find((finding) => finding.id === state.finding)),
    [state.finding, list.data, overlay.data],
  );
  // The zone's findings, plus the chosen one when it lies elsewhere (a finding of all of Flanders).
  const markers = useMemo(() => {
    const marked = overlay.data ?? [];
    const extra = chosen && !marked.some((finding) => finding.id === chosen.id) ? [chosen] : [];
    return marked.length + extra.length === 0 ? NO_MARKERS : findingMarkers([...marked, ...extra]);
  }, [overlay.data, chosen]);
  const markerCounts = useMemo(() => {
    const counts = new Map<FindingKind, number>();
    for (const node of visible.nodes) {
      const marker = markers.get(node.id);
      if (marker) counts.set(marker.kind, (counts.get(marker.kind) ?? 0) + 1);
    }
    return counts;
  }, [markers, visible]);
  const focus = useMemo(
    () => (chosen ? { id: chosen.id, subject: chosen.subject, related: chosen.related } : undefined),
    [chosen],
  );

  let listStatus: ViewStatus = 'ready';
  if (listScope(state) === undefined) listStatus = 'idle';
  else if (list.isPending) listStatus = 'loading';
  else if (list.isError) listStatus = 'error';

  return { list: list.data, listStatus, markers, markerCounts, chosen, focus };
}
