// Every view but the map, the first screen, loads on first use: the map's JavaScript stays small, and
// Cytoscape (graph, findings beside the graph) comes only with a view that draws a graph.
import { lazy, Suspense, type ReactNode } from 'react';
import type { ExplorerState } from '../lib/explorer-state';
import { useI18n } from '../lib/i18n/i18n';

/** Asks for a module once; the view and an early start (preloadInitialViewCode) share the one request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

const loadGraphView = once(() => import('../features/graph/GraphView').then((module) => ({ default: module.GraphView })));
const loadOverviewView = once(() => import('../features/graph/overview/OverviewView').then((module) => ({ default: module.OverviewView })));

export const GraphView = lazy(loadGraphView);
export const OverviewView = lazy(loadOverviewView);

/**
 * A page opened on a graph asks for the graph's code (Cytoscape among it) as it starts, beside its data,
 * instead of once React has rendered far enough to meet the lazy view: the download and the browser's
 * off-thread compile then overlap the app's own start.
 */
export function preloadInitialViewCode(state: Pick<ExplorerState, 'view' | 'zone' | 'municipality' | 'whole'>): void {
  if (state.view !== 'graph' && state.view !== 'split') return;
  if (state.zone || state.municipality) void loadGraphView();
  else if (state.whole) void loadOverviewView();
}
export const TablePanel = lazy(() => import('../features/table/TablePanel').then((module) => ({ default: module.TablePanel })));
export const FindingsView = lazy(() => import('../features/findings/FindingsView').then((module) => ({ default: module.FindingsView })));
export const CoverageView = lazy(() => import('../features/zone-coverage/CoverageView').then((module) => ({ default: module.CoverageView })));
export const RulesView = lazy(() => import('../features/rules/RulesView').then((module) => ({ default: module.RulesView })));
export const ZoneDashboardView = lazy(() => import('../features/zone-dashboard/ZoneDashboardView').then((module) => ({ default: module.ZoneDashboardView })));
export const MunicipalityProfileView = lazy(() =>
  import('../features/municipality-profile/MunicipalityProfileView').then((module) => ({ default: module.MunicipalityProfileView })),
);
export const SnapshotsView = lazy(() => import('../features/snapshots/SnapshotsView').then((module) => ({ default: module.SnapshotsView })));

/** A lazily loaded view's place while its code arrives: a status line screen readers announce. */
export function ViewSuspense({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status" data-testid="view-loading">
          {t.viewLoading}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
