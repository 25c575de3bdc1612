// The whole-graph canvas: zones as aggregates at Flanders zoom, their municipalities once zoomed in, and the
// full graph of the zones in view once a province or less is in view (overview-levels.ts).
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reportReady, reportToTestHooks } from '../../../lib/test-hooks';
import { createCytoscape } from '../cytoscape-setup';
import { fitView } from '../fit-view';
import { GraphToolbar } from '../GraphToolbar';
import { detailElements } from './detail-elements';
import { createDetailLayer, type DetailLayer } from './detail-layer/detail-layer';
import { NAMES_ZOOM_FACTOR, overviewLevel, type OverviewLevel } from './overview-levels';
import { overviewStylesheet } from './overview-stylesheet';

export interface OverviewCanvasProps {
  elements: ElementDefinition[];
  centroids: ReadonlyMap<string, { lon: number; lat: number }>;
  loadZoneGraphs: (zoneIds: readonly string[]) => Promise<Subgraph[]>;
  label: string;
  onOpenZone: (zoneId: string) => void;
  onOpenMunicipality: (municipalityId: string, zoneId: string | undefined) => void;
}

/**
 * The renderer for tens of thousands of elements: while panning or zooming the scene moves as a bitmap
 * with its edges hidden, and one canvas pixel per CSS pixel. Measured by `pnpm bench web-scale`.
 */
const LARGE_GRAPH_RENDERER = { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } as const;

const LEVEL_CLASSES: Record<OverviewLevel, { show: string; hide: string }> = {
  zone: { show: '.lod-zone', hide: '.lod-municipality' },
  municipality: { show: '.lod-municipality', hide: '.lod-zone' },
  // At the detail level the municipalities are the anchors of their actors; their summed links would hide them.
  detail: { show: 'node.lod-municipality', hide: '.lod-zone, edge.lod-municipality' },
};

/** The aggregates of `level` in Cytoscape; the detail (its own layer) only at the detail level. */
function showLevel(cy: Core, detail: DetailLayer, level: OverviewLevel): void {
  const { show, hide } = LEVEL_CLASSES[level];
  cy.batch(() => {
    cy.elements(hide).not('.lod-hidden').addClass('lod-hidden');
    cy.elements(show).filter('.lod-hidden').removeClass('lod-hidden');
  });
  detail.setShown(level === 'detail');
  cy.container()?.setAttribute('data-level', level);
}

function municipalitiesInView(cy: Core): string[] {
  const { x1, x2, y1, y2 } = cy.extent();
  return cy
    .nodes('.lod-municipality')
    .filter((node) => {
      const { x, y } = node.position();
      return x >= x1 && x <= x2 && y >= y1 && y <= y2;
    })
    .map((node) => node.id());
}

/** Resolves after the browser has painted a frame with what was just added. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function OverviewCanvas({ elements, centroids, loadZoneGraphs, label, onOpenZone, onOpenMunicipality }: OverviewCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const fitRef = useRef<() => void>(() => undefined);
  const callbacks = useRef({ onOpenZone, onOpenMunicipality, loadZoneGraphs });
  useLayoutEffect(() => {
    callbacks.current = { onOpenZone, onOpenMunicipality, loadZoneGraphs };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const started = performance.now();
    const cy = createCytoscape(container, LARGE_GRAPH_RENDERER);
    cy.style(overviewStylesheet);
    // The detail level's tens of thousands of nodes and edges are drawn by a layer of their own, in batches.
    const detail = createDetailLayer(cy, container);
    reportToTestHooks({ detailLayer: detail.probe });
    // Every node sits on its place in Flanders: dragging anywhere pans the map.
    cy.autoungrabify(true);
    cy.add(elements);
    const zoneLevel = cy.elements('.lod-zone');
    const fitZones = () => fitView(cy, zoneLevel.nonempty() ? zoneLevel : cy.elements());
    let level: OverviewLevel = 'zone';
    showLevel(cy, detail, level);
    fitZones();
    let baseZoom = cy.zoom();
    // "Alles in beeld": back to Flanders whole, which is the zone level.
    // Hidden elements have no box, so the zones are shown before they are fitted.
    fitRef.current = () => {
      showLevel(cy, detail, (level = 'zone'));
      fitZones();
    };
    setCy(cy);
    const loadedZones = new Set<string>();
    let disposed = false;

    const loadDetail = async (municipalities: readonly string[]) => {
      const zones = [...new Set(municipalities.flatMap((id) => String(cy.getElementById(id).data('zones') ?? '').split(',').filter(Boolean)))].filter(
        (zone) => !loadedZones.has(zone),
      );
      if (zones.length === 0) {
        container.dataset.detail = 'ready';
        return;
      }
      container.dataset.detail = 'loading';
      for (const zone of zones) loadedZones.add(zone);
      const subgraphs = await callbacks.current.loadZoneGraphs(zones).catch((error: unknown) => {
        for (const zone of zones) loadedZones.delete(zone);
        console.error(error);
        return [];
      });
      if (disposed) return;
      reportToTestHooks({ detailFetchedAt: performance.now() });
      const added = detailElements(subgraphs, centroids, (id) => detail.has(id) || cy.getElementById(id).nonempty());
      const builtAt = performance.now();
      detail.add(added);
      reportToTestHooks({ detailSteps: { built: builtAt, added: performance.now() } });
      await nextPaint();
      if (disposed) return;
      container.dataset.detail = 'ready';
      reportToTestHooks({ detailDrawnAt: performance.now() });
    };

    const update = () => {
      const inView = municipalitiesInView(cy);
      const next = overviewLevel(cy.zoom(), baseZoom, inView.length);
      if (next !== level) showLevel(cy, detail, (level = next));
      if (level === 'detail') void loadDetail(inView);
      detail.setNamed(cy.zoom() >= baseZoom * NAMES_ZOOM_FACTOR);
    };
    // Levels change once the viewport settles, not on every frame of a pan.
    let settle: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(settle);
      settle = setTimeout(update, 120);
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      const nodeLevel = node.data('level');
      if (nodeLevel === 'zone') callbacks.current.onOpenZone(node.id());
      else if (nodeLevel === 'municipality') callbacks.current.onOpenMunicipality(node.id(), node.data('zone') || undefined);
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (level === 'zone') {
        fitZones();
        baseZoom = cy.zoom();
      }
    });
    resize.observe(container);
    container.dataset.ready = 'true';
    reportReady(started);
    return () => {
      disposed = true;
      setCy(null);
      clearTimeout(settle);
      resize.disconnect();
      detail.destroy();
      cy.destroy();
    };
  }, [elements, centroids]);

  return (
    <>
      <div
        ref={containerRef}
        className="graph-canvas overview-canvas"
        data-testid="overview-canvas"
        data-ready="false"
        data-level="zone"
        data-detail="none"
        role="img"
        aria-label={label}
      />
      <GraphToolbar cy={cy} fit={() => fitRef.current()} />
    </>
  );
}
