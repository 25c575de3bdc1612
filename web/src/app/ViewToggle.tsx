// Graph, table, or both: the table twin is always one keystroke away. Beside them the analysis pages:
// findings (with the graph), coverage per zone, and the rules explained.
import type { ReactNode } from 'react';
import { ANALYSIS_VIEWS, VIEWS, type ViewMode } from '../lib/explorer-state';
import { useI18n } from '../lib/i18n/i18n';

/** `children` (the export menu) come first, so when the bar wraps they share the first row with graph/table/both. */
export function ViewToggle({ view, onChange, children }: { view: ViewMode; onChange: (view: ViewMode) => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="view-switch">
      {children}
      <div className="segmented" role="group" aria-label={t.viewLabel} data-testid="view-toggle">
        {VIEWS.map((option) => (
          <button key={option} type="button" aria-pressed={option === view} data-view={option} onClick={() => onChange(option)}>
            {t.viewName[option]}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label={t.analysisLabel} data-testid="analysis-toggle">
        {ANALYSIS_VIEWS.map((option) => (
          <button key={option} type="button" aria-pressed={option === view} data-view={option} onClick={() => onChange(option)}>
            {t.viewName[option]}
          </button>
        ))}
      </div>
    </div>
  );
}
