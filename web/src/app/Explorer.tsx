// The explorer's layout: header, notice, settings sidebar, graph and/or table, and the node panel.
import { useEffect, useMemo } from 'react';
import { GraphView } from '../features/graph/GraphView';
import { LabelFilters } from '../features/graph/LabelFilters';
import { LayoutPicker } from '../features/graph/LayoutPicker';
import { Legend } from '../features/graph/Legend';
import { NodePanel } from '../features/node-panel/NodePanel';
import { NoticeBanner } from '../features/notice/NoticeBanner';
import { TablePanel } from '../features/table/TablePanel';
import type { ExplorerState } from '../lib/explorer-state';
import { useI18n } from '../lib/i18n/i18n';
import { displayName } from '../lib/i18n/node-text';
import { countByLabel } from '../lib/subgraph';
import { Header } from './Header';
import { useExplorerActions } from './use-explorer-actions';
import type { UpdateExplorer } from './use-explorer-state';
import { useExplorerView } from './use-explorer-view';
import { ViewToggle } from './ViewToggle';

export function Explorer({ state, update }: { state: ExplorerState; update: UpdateExplorer }) {
  const { t, vocab } = useI18n();
  const view = useExplorerView(state);
  const actions = useExplorerActions(state, update, view.visibleIds);
  const counts = useMemo(() => countByLabel(view.full), [view.full]);

  const focus = view.full.nodes.find((node) => node.id === (state.zone ?? `nis:${state.municipality ?? ''}`));
  const title = focus
    ? focus.label === 'Municipality'
      ? t.municipalityView(displayName(focus, vocab))
      : displayName(focus, vocab)
    : t.appName;

  useEffect(() => {
    document.title = title === t.appName ? t.appName : `${title} · ${t.appName}`;
  }, [title, t]);

  return (
    <div className={`app app--${state.view}`}>
      <Header
        zoneId={state.zone}
        onZoneChange={(zoneId) => actions.openZone(zoneId)}
        onSearchChoose={(hit) => void actions.chooseSearchHit(hit)}
        onLangChange={(lang) => update({ lang })}
      />
      <NoticeBanner />
      <div className="workspace">
        <aside className="sidebar" aria-label={t.sidebarLabel}>
          <LabelFilters hidden={state.hidden} counts={counts} onChange={(hidden) => update({ hidden })} />
          <LayoutPicker layout={state.layout} onChange={(layout) => update({ layout })} />
          <Legend subgraph={view.visible} />
        </aside>
        <main id="main" className="stage" tabIndex={-1}>
          <div className="stage-bar">
            <h2 className="stage-title">{title}</h2>
            <ViewToggle view={state.view} onChange={(mode) => update({ view: mode })} />
          </div>
          <div className="stage-body">
            <div className="stage-graph" hidden={state.view === 'table'}>
              <GraphView
                subgraph={view.visible}
                viewKey={view.viewKey}
                focusZoneId={state.zone}
                title={title}
                layout={state.layout}
                selectedId={state.selected}
                onSelect={actions.select}
                status={view.status}
              />
            </div>
            {state.view !== 'graph' && (
              <div className="stage-table">
                <TablePanel visible={view.visible} context={view.full} selectedId={state.selected} onSelect={actions.select} />
              </div>
            )}
          </div>
        </main>
        <NodePanel
          nodeId={state.selected}
          inView={state.selected !== undefined && view.visibleIds.has(state.selected)}
          expanding={state.selected !== undefined && view.expanding.has(state.selected)}
          onSelect={actions.select}
          onExpand={actions.expand}
          onOpenZone={(zoneId) => actions.openZone(zoneId, true)}
          onClose={() => actions.select(undefined)}
        />
      </div>
    </div>
  );
}
