// The whole-graph canvas: zones as aggregates at Flanders zoom, their municipalities once zoomed in.
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { createCytoscape } from '../cytoscape-setup';
import { fitView } from '../fit-view';
import { overviewStylesheet } from './overview-stylesheet';

/** Zoomed in this far beyond "everything in view", zones give way to their municipalities. */
export const MUNICIPALITY_ZOOM_FACTOR = 2.2;

export interface OverviewCanvasProps {
  elements: ElementDefinition[];
  label: string;
  onOpenZone: (zoneId: string) => void;
  onOpenMunicipality: (municipalityId: string, zoneId: string | undefined) => void;
}

/** Show one level and hide the other; only touches elements whose state changes. */
function showLevel(cy: Core, level: 'zone' | 'municipality'): void {
  const hide = level === 'zone' ? '.lod-municipality' : '.lod-zone';
  const show = level === 'zone' ? '.lod-zone' : '.lod-municipality';
  cy.batch(() => {
    cy.elements(`${hide}:visible`).addClass('lod-hidden');
    cy.elements(`${show}.lod-hidden`).removeClass('lod-hidden');
  });
  cy.container()?.setAttribute('data-level', level);
}

export function OverviewCanvas({ elements, label, onOpenZone, onOpenMunicipality }: OverviewCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onOpenZone, onOpenMunicipality });
  callbacks.current = { onOpenZone, onOpenMunicipality };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const started = performance.now();
    const cy = createCytoscape(container);
    cy.style(overviewStylesheet);
    cy.add(elements);
    const zoneLevel = cy.elements('.lod-zone');
    let level: 'zone' | 'municipality' = 'zone';
    showLevel(cy, level);
    fitView(cy, zoneLevel.nonempty() ? zoneLevel : cy.elements());
    let baseZoom = cy.zoom();
    cy.on('zoom', () => {
      const next = cy.zoom() >= baseZoom * MUNICIPALITY_ZOOM_FACTOR ? 'municipality' : 'zone';
      if (next !== level) showLevel(cy, (level = next));
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      if (node.data('level') === 'zone') callbacks.current.onOpenZone(node.id());
      else callbacks.current.onOpenMunicipality(node.id(), node.data('zone') || undefined);
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (level === 'zone') {
        fitView(cy, zoneLevel.nonempty() ? zoneLevel : cy.elements());
        baseZoom = cy.zoom();
      }
    });
    resize.observe(container);
    container.dataset.ready = 'true';
    const handle = window.__knooppunt;
    if (handle) {
      handle.readyAt = performance.now();
      handle.layoutMs = handle.readyAt - started;
    }
    return () => {
      resize.disconnect();
      cy.destroy();
    };
  }, [elements]);

  return <div ref={containerRef} className="graph-canvas overview-canvas" data-testid="overview-canvas" data-ready="false" data-level="zone" role="img" aria-label={label} />;
}
