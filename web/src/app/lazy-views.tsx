// Every view but the map, the first screen, loads on first use: the map's JavaScript stays small, and
// Cytoscape (graph, findings beside the graph) comes only with a view that draws a graph (view-modules.ts).
import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { loadGraphViewModule, loadOverviewViewModule } from './view-modules';

export const GraphView = lazy(() => loadGraphViewModule().then((module) => ({ default: module.GraphView })));
export const OverviewView = lazy(() => loadOverviewViewModule().then((module) => ({ default: module.OverviewView })));
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
