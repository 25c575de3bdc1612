// The explorer's layout: header, notice, settings sidebar, the chosen view (graph, table, findings,
// coverage or rules), and the node panel.
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import { FindingOverlayControls } from '../features/graph/FindingOverlayControls';
import { LabelFilters } from '../features/graph/LabelFilters';
import { LayoutPicker } from '../features/graph/LayoutPicker';
import { PinControls } from '../features/graph/PinControls';
import { SavedViews } from '../features/graph/saved-views/SavedViews';
import { MapView } from '../features/map/MapView';
import { mapText } from '../features/map/map-text';
import { useMunicipalityProfile } from '../features/municipality-profile/api/get-municipality-profile';
import { Legend } from '../features/graph/Legend';
import { withoutRelationshipTypes } from '../features/graph/styling/node-size';
import { StylingControls } from '../features/graph/styling/StylingControls';
import { useNodeColouring } from '../features/graph/styling/use-node-colouring';
import { NodePanel } from '../features/node-panel/NodePanel';
import { NoticeBanner } from '../features/notice/NoticeBanner';
import { useZones } from '../features/zones/api/get-zones';
import { bareId, labelOfId } from '@knooppunt/server/domain/ids';
import type { RelationshipType } from '@knooppunt/server/domain/vocabulary';
import { useOverviewText } from '../features/graph/overview/overview-text';
import { parseExplorerState, serialiseExplorerState, WHOLE_GRAPH, type ExplorerState } from '../lib/explorer-state';
import { useByContent } from '../lib/use-by-content';
import { useI18n } from '../lib/i18n/i18n';
import { withoutPin, withPin } from '../lib/pins';
import { displayName } from '../lib/i18n/node-text';
import { countByLabel } from '../lib/subgraph';
import { Header } from './Header';
import {
  CoverageView,
  FindingsView,
  GraphView,
  MunicipalityProfileView,
  OverviewView,
  RulesView,
  SnapshotsView,
  TablePanel,
  ViewSuspense,
  ZoneDashboardView,
} from './lazy-views';
import { useExplorerActions } from './use-explorer-actions';
import type { UpdateExplorer } from './use-explorer-state';
import { useExplorerView } from './use-explorer-view';
import { useExplorerFindings } from './use-findings';
import { ViewToggle } from './ViewToggle';

const GRAPH_VIEWS = new Set(['graph', 'split', 'findings']);
/** Pages that fill the stage on their own, without the graph's sidebar. */
const PAGE_VIEWS = new Set(['map', 'coverage', 'rules', 'dashboard', 'profile', 'snapshots']);

const isMunicipality = (id: string | undefined): id is string => id !== undefined && labelOfId(id) === 'Municipality';

/** The municipality a profile is about: the one chosen there, else the selected one, else the one the view is built around. */
function profileMunicipality(state: ExplorerState): string | undefined {
  if (state.profile !== undefined) return `nis:${state.profile}`;
  if (isMunicipality(state.selected)) return state.selected;
  return state.municipality === undefined ? undefined : `nis:${state.municipality}`;
}

export function Explorer({ state, update }: { state: ExplorerState; update: UpdateExplorer }) {
  const { t, vocab, lang } = useI18n();
  const view = useExplorerView(state);
  const actions = useExplorerActions(state, update, view.visibleIds, view.full);
  const findings = useExplorerFindings(state, view.visible);
  const zones = useZones();
  const [cy, setCy] = useState<Core | null>(null);
  const [mapSvg, setMapSvg] = useState<SVGSVGElement | null>(null);
  const overviewText = useOverviewText();
  const whole = state.whole && !state.zone && !state.municipality;
  const counts = useMemo(() => countByLabel(view.full), [view.full]);
  // The relationship filter applies to the drawing and its legend; the table keeps every relationship.
  const hiddenRelationships = useByContent(state.hiddenRelationships);
  const drawn = useMemo(() => withoutRelationshipTypes(view.visible, new Set(hiddenRelationships)), [view.visible, hiddenRelationships]);
  const colouring = useNodeColouring(drawn, state.colourBy, findings.markers, state.zone);
  const relationshipCounts = useMemo(() => {
    const byType = new Map<RelationshipType, number>();
    for (const rel of view.visible.relationships) byType.set(rel.type, (byType.get(rel.type) ?? 0) + 1);
    return byType;
  }, [view.visible]);

  // Names for ids in findings and coverage: the nodes loaded in view, and every zone.
  const names = useMemo(() => {
    const map = new Map((zones.data ?? []).map((zone) => [zone.id, zone.name]));
    for (const node of view.full.nodes) map.set(node.id, displayName(node, vocab));
    return map;
  }, [zones.data, view.full, vocab]);
  const nameOf = useMemo(() => (id: string) => names.get(id), [names]);
  const inView = useMemo(() => (id: string) => view.visibleIds.has(id), [view.visibleIds]);
  const municipalities = useMemo(
    () =>
      view.full.nodes
        .filter((node) => node.label === 'Municipality')
        .map((node) => ({ id: node.id, name: displayName(node, vocab) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [view.full, vocab],
  );

  const focus = view.full.nodes.find((node) => node.id === (state.zone ?? `nis:${state.municipality ?? ''}`));
  const zoneName = state.zone === undefined ? undefined : (nameOf(state.zone) ?? (focus ? displayName(focus, vocab) : undefined));
  const graphTitle = focus
    ? focus.label === 'Municipality'
      ? t.municipalityView(displayName(focus, vocab))
      : displayName(focus, vocab)
    : whole
      ? overviewText.title
      : t.appName;
  const mapWords = mapText[lang];
  const title =
    state.view === 'map'
      ? zoneName !== undefined
        ? mapWords.zoneTitle(zoneName)
        : state.province !== undefined
          ? mapWords.provinceTitle(state.province)
          : mapWords.title
      : graphTitle;

  // The browser tab names the view and what it is about: "Midden WVL · Zone · Knooppunt".
  const profileSubject = state.view === 'profile' ? profileMunicipality(state) : undefined;
  const profile = useMunicipalityProfile(profileSubject);
  const subject =
    state.view === 'map'
      ? (zoneName ?? state.province)
      : state.view === 'profile'
        ? profile.data?.municipality.name
        : state.view === 'rules' || state.view === 'snapshots'
          ? undefined
          : graphTitle === t.appName
            ? undefined
            : graphTitle;
  useEffect(() => {
    document.title = [subject, t.viewName[state.view], t.appName].filter((part) => part !== undefined).join(' · ');
  }, [subject, state.view, t]);
  // The stage's heading: the map's own title, the graph's subject, else what the page is about.
  const stageTitle = state.view === 'map' || title !== t.appName ? title : (subject ?? t.viewName[state.view]);

  const showsSidebar = !PAGE_VIEWS.has(state.view);
  // The graph canvas loads (with Cytoscape) the first time a graph view shows, and then stays, hidden
  // while another view shows, so coming back finds it drawn as it was.
  const showsGraph = !whole && GRAPH_VIEWS.has(state.view);
  const [graphLoaded, setGraphLoaded] = useState(showsGraph);
  if (showsGraph && !graphLoaded) setGraphLoaded(true);
  // The map keeps its width until something is chosen; the other views always have the panel beside them.
  // A page without a graph shows the node panel only once something is selected: empty, it is only in the way.
  const showsPanel = state.view !== 'rules' && state.view !== 'snapshots' && (!PAGE_VIEWS.has(state.view) || state.selected !== undefined);

  return (
    <div className={`app app--${state.view}${showsPanel ? ' app--with-panel' : ''}`}>
      <Header
        // A profile shows its municipality's zone in the picker, not an empty "choose a zone"; a municipality in
        // several zones (Antwerpen's four) names them on the page, and the picker does not pick one for it.
        zoneId={whole ? WHOLE_GRAPH : (state.zone ?? (state.view === 'profile' && profile.data?.zones.length === 1 ? profile.data.zones[0]?.id : undefined))}
        onZoneChange={(zoneId) =>
          zoneId === WHOLE_GRAPH
            ? update({ whole: true, zone: undefined, municipality: undefined, expanded: [], groups: [], selected: undefined, finding: undefined, view: GRAPH_VIEWS.has(state.view) ? state.view : 'graph' }, 'push')
            : actions.openZone(zoneId)
        }
        onSearchChoose={(hit) => {
          // In the profile, a municipality found is the one to show.
          if (state.view === 'profile' && hit.label === 'Municipality') update({ profile: bareId(hit.id) });
          void actions.chooseSearchHit(hit);
        }}
        onLangChange={(lang) => update({ lang })}
      />
      <NoticeBanner />
      <div className="workspace">
        {showsSidebar && (
          <aside className="sidebar" aria-label={t.sidebarLabel}>
            {/* The whole-graph view draws aggregates with a key of its own: a zone's filters, styling and
                legend (counting a zone's nodes, none there) do not apply to it. */}
            {!whole && (
              <>
                <LabelFilters hidden={state.hidden} counts={counts} onChange={(hidden) => update({ hidden })} />
                <FindingOverlayControls show={state.overlays} onChange={(overlays) => update({ overlays })} counts={findings.markerCounts} />
                <LayoutPicker layout={state.layout} onChange={(layout) => update({ layout })} />
                <StylingControls
                  sizeBy={state.sizeBy}
                  onSizeByChange={(sizeBy) => update({ sizeBy })}
                  colourBy={state.colourBy}
                  onColourByChange={(colourBy) => update({ colourBy })}
                  hiddenRelationships={state.hiddenRelationships}
                  onHiddenRelationshipsChange={(hiddenRelationships) => update({ hiddenRelationships })}
                  counts={relationshipCounts}
                />
              </>
            )}
            <SavedViews search={serialiseExplorerState(state)} onOpen={(search) => update({ ...parseExplorerState(search, state.lang), lang: state.lang }, 'push')} />
            {!whole && <Legend subgraph={drawn} colourBy={state.colourBy} colouring={colouring} sizeBy={state.sizeBy} />}
          </aside>
        )}
        <main id="main" className="stage" tabIndex={-1}>
          <div className="stage-bar">
            <h2 className="stage-title">{stageTitle}</h2>
            <ViewToggle
              view={state.view}
              // Opening the profile with a municipality selected shows that municipality's.
              onChange={(mode) => update({ view: mode, ...(mode === 'profile' && isMunicipality(state.selected) ? { profile: bareId(state.selected) } : {}) }, 'push')}
            >
              <ExportMenu
                zoneId={state.zone}
                zoneName={state.zone === undefined ? undefined : nameOf(state.zone)}
                municipality={state.municipality}
                cy={cy}
                imageAvailable={GRAPH_VIEWS.has(state.view)}
                {...(state.view === 'map' ? { mapSvg } : {})}
                title={title}
              />
            </ViewToggle>
          </div>
          <div className="stage-body">
            {state.view === 'map' && (
              <div className="stage-page">
                <MapView
                  measure={state.measure}
                  onMeasureChange={(measure) => update({ measure })}
                  per100={state.per100}
                  onThresholdChange={(per100) => update({ per100 })}
                  zoneId={state.zone}
                  province={state.province}
                  onZoom={({ zone, province }) => update({ zone, province, municipality: undefined, expanded: [] }, 'push')}
                  selectedId={state.selected}
                  onSelect={(id) => update({ selected: id, finding: undefined }, 'push')}
                  findingMunicipalities={findings.focus ? [findings.focus.subject, ...findings.focus.related] : []}
                  onOpenProfile={(nis) => update({ view: 'profile', profile: nis, selected: `nis:${nis}` }, 'push')}
                  onOpenZone={(zoneId, mode) => update({ view: mode, zone: zoneId, province: undefined, municipality: undefined, expanded: [] }, 'push')}
                  onOpenWholeGraph={() =>
                    update({ view: 'graph', whole: true, zone: undefined, province: undefined, municipality: undefined, expanded: [], groups: [], selected: undefined, finding: undefined }, 'push')
                  }
                  onOpenFindings={({ kind, severity, zone }) =>
                    update({ view: 'findings', ...(zone ? { zone } : {}), findings: { scope: zone ? 'zone' : 'all', kind, severity } }, 'push')
                  }
                  onOpenFinding={(finding, municipalityId) =>
                    update(
                      {
                        view: 'findings',
                        findings: { scope: municipalityId as `nis:${string}` },
                        finding: finding.id,
                        selected: finding.subject,
                        // Without a zone on the map, the graph beside the list shows the municipality's surroundings.
                        ...(state.zone ? {} : { municipality: bareId(municipalityId), expanded: [] }),
                      },
                      'push',
                    )
                  }
                  onSvg={setMapSvg}
                />
              </div>
            )}
            {whole && GRAPH_VIEWS.has(state.view) && (
              <div className="stage-graph">
                <ViewSuspense>
                  <OverviewView
                    onOpenZone={(zoneId) => actions.openZone(zoneId)}
                    // A municipality opens in its zone, selected there, as a search hit does.
                    onOpenMunicipality={(municipalityId, zoneId) =>
                      update(zoneId ? { zone: zoneId, expanded: [], groups: [], selected: municipalityId } : { municipality: bareId(municipalityId), selected: municipalityId }, 'push')
                    }
                  />
                </ViewSuspense>
              </div>
            )}
            {graphLoaded && (
              <div className="stage-graph" hidden={!showsGraph}>
                <ViewSuspense>
                  <GraphView
                    subgraph={drawn}
                    viewKey={view.viewKey}
                    focusZoneId={state.zone}
                    title={title}
                    layout={state.layout}
                    selectedId={state.selected}
                    onSelect={actions.select}
                    status={view.status}
                    markers={findings.markers}
                    showMarkers={state.overlays}
                    focus={findings.focus}
                    openGroups={state.groups}
                    sizeBy={state.sizeBy}
                    colourBy={state.colourBy}
                    colouring={colouring}
                    pins={state.pins}
                    onPin={(pin) => {
                      const pins = withPin(state.pins, pin);
                      if (pins) update({ pins });
                    }}
                    onOpenGroup={(groupId) => update({ groups: [...state.groups, groupId] }, 'push')}
                    onCyReady={setCy}
                  />
                </ViewSuspense>
              </div>
            )}
            {(state.view === 'table' || state.view === 'split') && (
              <div className="stage-table">
                <ViewSuspense>
                  <TablePanel visible={view.visible} context={view.full} selectedId={state.selected} onSelect={actions.select} />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'findings' && (
              <div className="stage-table stage-findings">
                <ViewSuspense>
                  <FindingsView
                    findings={findings.list}
                    status={findings.listStatus}
                    filters={state.findings}
                    onFiltersChange={actions.setFindingFilters}
                    zoneName={state.zone ? (nameOf(state.zone) ?? state.zone) : undefined}
                    municipalities={municipalities}
                    chosen={findings.chosen}
                    onChoose={actions.chooseFinding}
                    onClearChosen={actions.clearFinding}
                    onShowOnMap={() => update({ view: 'map' }, 'push')}
                    nameOf={nameOf}
                    inView={inView}
                    ruleHref={actions.ruleHref}
                    onOpenRule={actions.openRule}
                  />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'coverage' && (
              <div className="stage-page">
                <ViewSuspense>
                  <CoverageView
                    zoneId={state.zone}
                    zoneName={(zoneId) => nameOf(zoneId) ?? zoneId}
                    selectedId={state.selected}
                    onSelect={actions.select}
                  />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'rules' && (
              <div className="stage-page">
                <ViewSuspense>
                  <RulesView
                    rule={state.rule}
                    ruleHref={actions.ruleHref}
                    onOpenRule={actions.openRule}
                    onShowFindings={actions.showRuleFindings}
                  />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'dashboard' && (
              <div className="stage-page">
                <ViewSuspense>
                  <ZoneDashboardView
                    zoneId={state.zone}
                    selectedId={state.selected}
                    onSelect={actions.select}
                    onOpenFinding={(finding) => {
                      // Focus on the finding (one history entry), then show it in the findings view.
                      actions.chooseFinding(finding);
                      update({ view: 'findings' });
                    }}
                  />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'profile' && (
              <div className="stage-page">
                <ViewSuspense>
                  <MunicipalityProfileView
                    municipalityId={profileMunicipality(state)}
                    municipalities={municipalities}
                    selectedId={state.selected}
                    onChooseMunicipality={(id) => update({ profile: bareId(id), selected: id, finding: undefined }, 'push')}
                    // Names open the node panel beside the profile, which stays on its municipality.
                    onSelect={(id) => {
                      const shown = profileMunicipality(state);
                      update({ selected: id, finding: undefined, ...(shown !== undefined ? { profile: bareId(shown) } : {}) }, 'push');
                    }}
                  />
                </ViewSuspense>
              </div>
            )}
            {state.view === 'snapshots' && (
              <div className="stage-page">
                <ViewSuspense>
                  <SnapshotsView />
                </ViewSuspense>
              </div>
            )}
          </div>
        </main>
        {showsPanel && (
          <NodePanel
            nodeId={state.selected}
            // On the map every municipality is on screen; elsewhere a node may lie outside the loaded graph.
            inView={state.selected !== undefined && (state.view === 'map' || view.visibleIds.has(state.selected))}
            expanding={state.selected !== undefined && view.expanding.has(state.selected)}
            onSelect={actions.select}
            onExpand={(id) => {
              actions.expand(id);
              // The map shows no neighbourhoods: expanding from it goes to the graph.
              if (state.view === 'map') update({ view: 'graph' });
            }}
            onOpenZone={(zoneId) => actions.openZone(zoneId, true)}
            onOpenProfile={(municipalityId) => update({ view: 'profile', profile: bareId(municipalityId) }, 'push')}
            {...(state.selected !== undefined && view.capped.has(state.selected) ? { cappedAt: view.capped.get(state.selected) } : {})}
            onShowAll={(nodeId) => update({ uncapped: [...state.uncapped, nodeId] }, 'push')}
            onClose={() => actions.select(undefined)}
          >
            {state.selected !== undefined && GRAPH_VIEWS.has(state.view) && !whole && view.visibleIds.has(state.selected) && (
              <PinControls
                cy={cy}
                nodeId={state.selected}
                pins={state.pins}
                onPin={(pin) => {
                  const pins = withPin(state.pins, pin);
                  if (pins) update({ pins });
                }}
                onUnpin={(nodeId) => update({ pins: withoutPin(state.pins, nodeId) })}
              />
            )}
          </NodePanel>
        )}
      </div>
    </div>
  );
}
