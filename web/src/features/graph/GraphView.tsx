// The graph pane: canvas, zoom controls and the state of the view (loading, empty, cut short).
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './graph.css';
import { useCentroids } from './api/get-centroids';
import { GraphCanvas, type GraphCanvasProps } from './GraphCanvas';
import type { ViewEdge } from './edge-layer/view-edges';
import { geographicPositions } from './geographic-layout';
import { GraphToolbar } from './GraphToolbar';
import { ColourClasses } from './styling/ColourClasses';

/** What the pane hands on to the canvas as it is; the canvas's own props say what each one means. */
type CanvasPassThrough = Pick<
  GraphCanvasProps,
  | 'subgraph'
  | 'viewKey'
  | 'focusZoneId'
  | 'layout'
  | 'selectedId'
  | 'onSelect'
  | 'markers'
  | 'showMarkers'
  | 'focus'
  | 'openGroups'
  | 'onOpenGroup'
  | 'sizeBy'
  | 'colourBy'
  | 'colouring'
  | 'pins'
  | 'onPin'
>;

export interface GraphViewProps extends CanvasPassThrough {
  title: string;
  status: 'idle' | 'loading' | 'error' | 'ready';
  /** Hands the Cytoscape instance to the shell, for what works on the drawn graph (the export's images). */
  onCyReady?: (cy: Core) => void;
}

export function GraphView(props: GraphViewProps) {
  const { subgraph, layout, status } = props;
  const { t } = useI18n();
  const [cy, setCy] = useState<Core | null>(null);
  const centroids = useCentroids(layout === 'geographic');

  const centroidMap = useMemo(
    () => new Map((centroids.data ?? []).map((c) => [c.nis, { lon: c.lon, lat: c.lat }])),
    [centroids.data],
  );
  const positionsFor = useCallback(
    (instance: Core, edges: readonly ViewEdge[]) =>
      geographicPositions(
        instance.nodes().not(':parent').map((node) => ({ id: node.id(), label: String(node.data('label')) })),
        edges,
        centroidMap,
      ),
    [centroidMap],
  );
  const waitingForCentroids = layout === 'geographic' && centroids.isPending;

  return (
    <section className="graph-view" aria-label={t.graphLabel(props.title)}>
      <GraphCanvas
        subgraph={subgraph}
        viewKey={props.viewKey}
        focusZoneId={props.focusZoneId}
        layout={layout}
        geographicPositions={positionsFor}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        loading={status === 'loading' || waitingForCentroids}
        label={`${t.graphLabel(props.title)}. ${t.graphCounts(subgraph.nodes.length, subgraph.relationships.length)}. ${t.graphKeys}`}
        onReady={(instance) => {
          setCy(instance);
          props.onCyReady?.(instance);
        }}
        markers={props.markers}
        showMarkers={props.showMarkers}
        focus={props.focus}
        openGroups={props.openGroups}
        onOpenGroup={props.onOpenGroup}
        sizeBy={props.sizeBy}
        colourBy={props.colourBy}
        colouring={props.colouring}
        pins={props.pins}
        onPin={props.onPin}
      />
      <GraphToolbar cy={cy} />
      {props.colouring && props.colourBy !== 'standard' && status === 'ready' && (
        // The colours' key beside the graph, where the eye is: the sidebar's legend lies below the fold.
        <div className="colour-key">
          <ColourClasses measure={props.colourBy} colouring={props.colouring} testId="colour-key" />
        </div>
      )}
      <p className="graph-counts" aria-live="polite">
        {t.graphCounts(subgraph.nodes.length, subgraph.relationships.length)}
      </p>
      {status === 'loading' && <p className="graph-overlay">{t.graphLoading}</p>}
      {status === 'error' && <p className="graph-overlay graph-overlay--error">{t.graphError}</p>}
      {status === 'idle' && <p className="graph-overlay">{t.graphEmpty}</p>}
      {subgraph.truncated && <p className="graph-note">{t.graphTruncated}</p>}
      {layout === 'geographic' && centroids.isError && <p className="graph-note">{t.geographicUnavailable}</p>}
    </section>
  );
}
