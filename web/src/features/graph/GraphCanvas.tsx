// The Cytoscape canvas: draws the view's subgraph, runs the chosen layout and reports taps as selections.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { toElements } from '../../lib/cytoscape-elements';
import type { ColourMeasure, LayoutName, SizeMeasure } from '../../lib/explorer-state';
import type { Pin } from '../../lib/pins';
import { useI18n } from '../../lib/i18n/i18n';
import { markStep, reportReady, reportToTestHooks } from '../../lib/test-hooks';
import { useByContent } from '../../lib/use-by-content';
import { createCytoscape } from './cytoscape-setup';
import { createEdgeLayer, type EdgeLayer } from './edge-layer/edge-layer';
import { NO_EMPHASIS } from './edge-layer/edge-look';
import { NO_EDGES, sameEdges, splitElements, type ViewEdge, type ViewEdges } from './edge-layer/view-edges';
import { arrowDirection, nearestInDirection, nearestTo } from './keyboard-navigation';
import { keepPlaceNamesReadable } from './place-names';
import { applyFocus, applyMarkers, clearFocus, focusNodes, type FindingFocus, type NodeMarker } from './finding-overlay';
import { fitView, stillAsFitted } from './fit-view';
import type { Point } from './geographic-layout';
import { LayoutClient } from './layout/layout-client';
import { browserPositionCache, type PositionCache } from './layout/position-cache';
import { levelOfDetail } from './lod/level-of-detail';
import { isOfferGroup, type GroupNodeData } from './lod/sector-groups';
import { runLayout, startFreshLayout, type LayoutRun } from './run-layout';
import { useScaleText } from './scale-text';
import { groupColour, type NodeColouring } from './styling/node-colour';
import { nodeSizes } from './styling/node-size';
import { useBetweenness } from './styling/use-betweenness';
import { applyPins, laidOutPositions } from './pinning';
import { highlightSelection } from './selection';
import { replaceElements, updateElements } from './sync-elements';

export interface GraphCanvasProps {
  subgraph: Subgraph;
  /** Changes when a different zone or municipality is opened: the view is then rebuilt from scratch. */
  viewKey: string;
  focusZoneId: string | undefined;
  layout: LayoutName;
  geographicPositions: (cy: Core, edges: readonly ViewEdge[]) => ReadonlyMap<string, Point> | undefined;
  selectedId: string | undefined;
  onSelect: (nodeId: string | undefined) => void;
  loading: boolean;
  label: string;
  onReady: (cy: Core) => void;
  /** Nodes that are the subject of a finding, with their worst finding's kind and severity. */
  markers: ReadonlyMap<string, NodeMarker>;
  showMarkers: boolean;
  /** The finding the view is focused on; its subject is the selection. */
  focus: FindingFocus | undefined;
  /** Sector groups someone opened (see lod/); the others stay drawn as one node in a big view. */
  openGroups: readonly string[];
  onOpenGroup: (groupId: string) => void;
  /** What node size encodes (styling/node-size.ts). */
  sizeBy: SizeMeasure;
  /** What node colour encodes, and every node's colour under it (styling/node-colour.ts); undefined for the standard colours. */
  colourBy: ColourMeasure;
  colouring: NodeColouring | undefined;
  /** Nodes someone placed by hand: they keep their place whatever the layout does. */
  pins: readonly Pin[];
  /** A node was dragged to a new place. */
  onPin: (pin: Pin) => void;
}

/** A finding's nodes are fitted closely, but not so close that one node fills the screen. */
const FOCUS_MAX_ZOOM = 1.25;

/** Fit the finding in focus when there is one in the graph, else everything. */
function fitCurrent(cy: Core, focus: FindingFocus | undefined): void {
  const nodes = focus ? focusNodes(cy, focus) : undefined;
  if (nodes && nodes.nonempty()) fitView(cy, nodes, FOCUS_MAX_ZOOM);
  else fitView(cy);
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { subgraph, viewKey, focusZoneId, layout, selectedId, loading, markers, showMarkers, focus } = props;
  const { vocab } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const edgeLayer = useRef<EdgeLayer | null>(null);
  /** The edges on the edge layer: Cytoscape holds only the nodes. */
  const viewEdges = useRef<ViewEdges>(NO_EDGES);
  const drawn = useRef<{ viewKey: string; layout: LayoutName } | null>(null);
  const layoutRun = useRef<LayoutRun>({ generation: 0 });
  const layoutClient = useRef<LayoutClient | null>(null);
  const positionCache = useRef<PositionCache | undefined>(undefined);
  /** Where the last layout put each node: an unpinned node goes back there. */
  const laidOut = useRef<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const callbacks = useRef(props);
  // After each render, not during it: the canvas's handlers read the latest props.
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    // First, so the worker loads while Cytoscape starts; the geographic layout is computed on the page and
    // does not need it (a worker started anyway would take the second core from the page's first draw).
    layoutClient.current = new LayoutClient();
    if (callbacks.current.layout !== 'geographic') layoutClient.current.warm();
    const cy = createCytoscape(container);
    // Cytoscape holds and draws the nodes; this layer under it holds and draws the edges.
    const edges = createEdgeLayer(cy, container, { paused: () => container.dataset.placing === 'true' });
    edgeLayer.current = edges;
    reportToTestHooks({ edgeLayer: edges.probe });
    markStep('canvas created');
    const stopPlaceNames = keepPlaceNamesReadable(cy);
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.data('group') === true) callbacks.current.onOpenGroup(node.id());
      else callbacks.current.onSelect(node.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(undefined);
    });
    // A node let go after a drag stays where it was put.
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.isParent()) return;
      const { x, y } = node.position();
      callbacks.current.onPin({ id: node.id(), x, y });
    });
    // A canvas that was hidden (table-only view) has no size; when it reappears, fit it again. So too when the
    // page around a fitted view settles (a notice or a legend arriving after the graph) before anyone moved it.
    let wasEmpty = container.clientWidth === 0;
    const resize = new ResizeObserver(() => {
      const untouched = stillAsFitted(cy);
      cy.resize();
      const empty = container.clientWidth === 0 || container.clientHeight === 0;
      if (!empty && (wasEmpty || untouched)) fitCurrent(cy, callbacks.current.focus);
      wasEmpty = empty;
    });
    resize.observe(container);
    callbacks.current.onReady(cy);
    positionCache.current = browserPositionCache();
    return () => {
      layoutClient.current?.dispose();
      layoutClient.current = null;
      resize.disconnect();
      stopPlaceNames();
      edges.destroy();
      edgeLayer.current = null;
      cy.destroy();
      cyRef.current = null;
      drawn.current = null;
    };
  }, []);

  const scale = useScaleText();
  const openKey = props.openGroups.join(',');
  // The selection and a finding's nodes are never hidden in a group; nor, while size or colour shows findings,
  // any node with one (a group would hide what the measure is about).
  const showsFindings = props.sizeBy === 'findings' || props.colourBy === 'severity';
  const keepKey = [selectedId ?? '', focus?.subject ?? '', ...(focus?.related ?? []), ...(showsFindings ? markers.keys() : [])].join(',');
  const elements = useMemo(
    () =>
      levelOfDetail({
        subgraph,
        elements: toElements(subgraph, focusZoneId, vocab),
        open: new Set(openKey.split(',').filter((id) => id.length > 0)),
        keep: new Set(keepKey.split(',').filter((id) => id.length > 0)),
        describe: (group, municipality) => {
          if (isOfferGroup(group)) {
            const name = scale.offerGroupName(group.offers.length, vocab.function[group.function]);
            return { name, caption: name, kind: scale.offerGroupKind(municipality) };
          }
          const name = scale.groupName(group.organisations.length, vocab.sector[group.sector]);
          return { name, caption: name, kind: scale.groupKind(municipality) };
        },
      }),
    [subgraph, focusZoneId, vocab, scale, openKey, keepKey],
  );
  const findingCounts = useMemo(() => new Map([...markers].map(([id, marker]) => [id, marker.count])), [markers]);
  const { colourBy, colouring } = props;
  // Betweenness is computed in the layout worker, once per drawn graph; sizes wait for it.
  const betweennessValues = useBetweenness(layoutClient, subgraph, props.sizeBy === 'betweenness');
  // Apart from the elements: a new selection rebuilds those, and must not touch the sizes.
  const sizes = useMemo(
    () => nodeSizes(subgraph, props.sizeBy, findingCounts, betweennessValues),
    [subgraph, props.sizeBy, findingCounts, betweennessValues],
  );
  const sized = useMemo(() => {
    if (!sizes && !colouring) return elements;
    return elements.map((element) => {
      if (element.group !== 'nodes') return element;
      const id = String(element.data.id);
      const size = sizes?.get(id);
      const colour =
        colouring === undefined
          ? undefined
          : element.data.group === true
            ? groupColour(colourBy, colouring, element.data as GroupNodeData)
            : colouring.colours.get(id);
      if (size === undefined && colour === undefined) return element;
      return { ...element, data: { ...element.data, ...(size === undefined ? {} : { size }), ...(colour === undefined ? {} : { colour }) } };
    });
  }, [elements, sizes, colourBy, colouring]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    if (loading) {
      container.dataset.ready = 'false';
      return;
    }
    const previous = drawn.current;
    const fresh = previous === null || previous.viewKey !== viewKey;
    const layoutChanged = previous?.layout !== layout;
    // A fresh view's layout starts in the worker now and runs while Cytoscape adds the elements on this thread.
    const startedLayout = fresh && layoutClient.current ? startFreshLayout(layoutClient.current, sized, layout, positionCache.current) : undefined;
    const { nodes, edges } = splitElements(sized);
    const nodesChanged = (fresh ? replaceElements(cy, nodes) : updateElements(cy, nodes, edges.neighbours)).structureChanged;
    const structureChanged = nodesChanged || !sameEdges(viewEdges.current, edges);
    viewEdges.current = edges;
    edgeLayer.current?.setEdges(edges);
    markStep('elements added');
    drawn.current = { viewKey, layout };
    if (!structureChanged && !layoutChanged) return;
    const client = layoutClient.current;
    if (!client) return;
    container.dataset.ready = 'false';
    // A fresh view waits unseen for its positions rather than showing every node piled on one point.
    container.dataset.placing = String(fresh || layoutChanged);
    const started = performance.now();
    const finish = (cached: boolean) => {
      markStep('laid out');
      laidOut.current = laidOutPositions(cy);
      applyPins(cy, callbacks.current.pins, laidOut.current);
      cy.resize();
      fitCurrent(cy, callbacks.current.focus);
      // The edges in the same frame as the nodes Cytoscape draws next.
      edgeLayer.current?.drawNow();
      markStep('fitted');
      container.dataset.ready = 'true';
      container.dataset.placing = 'false';
      reportReady(started, { layoutCached: cached });
    };
    runLayout({
      cy,
      edges: edges.list,
      name: layout,
      incremental: !fresh && !layoutChanged,
      client,
      run: layoutRun.current,
      geographicPositions: callbacks.current.geographicPositions,
      cache: positionCache.current,
      ...(startedLayout ? { started: startedLayout } : {}),
      done: finish,
      // The elements stay where they were (new ones beside their neighbours): a usable view beats a blank one.
      failed: (error) => {
        console.error(error);
        finish(false);
      },
    });
  }, [sized, viewKey, layout, loading]);

  const focusOn = focus && focus.subject === selectedId ? focus : undefined;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!focusOn) {
      clearFocus(cy);
      highlightSelection(cy, selectedId, viewEdges.current.neighbours, true);
      const selected = selectedId !== undefined && cy.getElementById(selectedId).nonempty();
      edgeLayer.current?.setEmphasis(selected ? { kind: 'selection', node: selectedId } : NO_EMPHASIS);
      return;
    }
    const nodes = applyFocus(cy, focusOn);
    edgeLayer.current?.setEmphasis(nodes.size > 0 ? { kind: 'focus', nodes } : NO_EMPHASIS);
    // While a layout runs it fits at its end, and fits the focus then.
    if (containerRef.current?.dataset.ready === 'true') fitCurrent(cy, focusOn);
    // `loading` too: the elements reach the canvas only once it ends (the geographic layout waits for centroids).
    // The focus by its id and size, not by identity: the URL state gives a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [selectedId, elements, loading, focusOn?.id, focusOn?.related.length]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyMarkers(cy, markers, showMarkers);
  }, [markers, showMarkers, elements, loading]);

  const pins = useByContent(props.pins, (a, b) => a.id === b.id && a.x === b.x && a.y === b.y);
  useEffect(() => {
    const cy = cyRef.current;
    // Until the first layout has placed the view, its end applies the pins.
    if (cy && containerRef.current?.dataset.ready === 'true') applyPins(cy, pins, laidOut.current);
  }, [pins, sized]);

  /** Arrow keys walk from node to node (keyboard-navigation.ts), Escape lets go, + and − zoom. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const direction = arrowDirection(event.key);
    if (direction) {
      event.preventDefault();
      const placed = cy
        .nodes(':visible')
        .filter((node) => !node.isParent())
        .map((node) => ({ id: node.id(), ...(node as NodeSingular).renderedPosition() }));
      const current = placed.find((node) => node.id === selectedId);
      const next = current ? nearestInDirection(current, placed, direction) : nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, placed);
      if (next) callbacks.current.onSelect(next);
    } else if (event.key === 'Escape') {
      callbacks.current.onSelect(undefined);
    } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '−') {
      event.preventDefault();
      const factor = event.key === '-' || event.key === '−' ? 1 / 1.25 : 1.25;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
  };

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      data-ready="false"
      // A widget of its own keys (not a picture): focusable, and the label says which keys.
      role="application"
      tabIndex={0}
      aria-label={props.label}
      onKeyDown={onKeyDown}
    />
  );
}
