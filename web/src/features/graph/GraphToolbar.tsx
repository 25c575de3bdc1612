// Fit and zoom buttons floating over the canvas.
import type { Core } from 'cytoscape';
import { useI18n } from '../../lib/i18n/i18n';
import { fitView } from './fit-view';

const ZOOM_STEP = 1.3;

function zoomBy(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** `fit` replaces fitting every element, for a view that fits only one of its levels (the whole-graph view). */
export function GraphToolbar({ cy, fit = fitView }: { cy: Core | null; fit?: (cy: Core) => void }) {
  const { t } = useI18n();
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t.viewLabel}>
      <button type="button" data-testid="fit-button" title={t.fit} aria-label={t.fit} onClick={() => cy && fit(cy)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <button type="button" data-testid="zoom-in-button" title={t.zoomIn} aria-label={t.zoomIn} onClick={() => cy && zoomBy(cy, ZOOM_STEP)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <button type="button" data-testid="zoom-out-button" title={t.zoomOut} aria-label={t.zoomOut} onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
    </div>
  );
}
