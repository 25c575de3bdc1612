// Coverage per zone: which networks cover each municipality, how far functions are reachable, and
// childcare against the threshold; downloadable as CSV.
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { bareId } from '@knooppunt/server/domain/ids';
import { FUNCTIONS } from '@knooppunt/server/domain/vocabulary';
import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './coverage.css';
import { useCoverage } from './api/get-coverage';
import { coverageCsvColumns, shownNetworkTypes } from './coverage-columns';
import { downloadText, toCsv } from '../../lib/csv-download';
import { CoverageLegend } from './CoverageLegend';
import { CoverageTable } from './CoverageTable';

export interface CoverageViewProps {
  /** The zone picker's zone; without one, every municipality. */
  zoneId: string | undefined;
  zoneName: (zoneId: string) => string;
  selectedId: string | undefined;
  onSelect: (municipalityId: string) => void;
}

export function CoverageView({ zoneId, zoneName, selectedId, onSelect }: CoverageViewProps) {
  const { t, vocab } = useI18n();
  const coverage = useCoverage(zoneId);
  const [threshold, setThreshold] = useState(DEFAULT_RULE_PARAMETERS.childcarePer100);
  const [allFunctions, setAllFunctions] = useState(false);
  const rows = useMemo(() => coverage.data?.municipalities ?? [], [coverage.data]);
  const networkTypes = useMemo(() => shownNetworkTypes(rows), [rows]);
  const functions = allFunctions ? FUNCTIONS : DEFAULT_RULE_PARAMETERS.reachFunctions;

  const download = () => {
    const fileName = `knooppunt-dekking-${zoneId ? bareId(zoneId) : 'vlaanderen'}.csv`;
    downloadText(toCsv(rows, coverageCsvColumns(t, vocab, zoneName)), fileName);
  };

  return (
    <section className="coverage-view" data-testid="coverage-view" aria-label={t.coverageLabel}>
      <div className="coverage-bar">
        <h3 className="coverage-title">{zoneId ? t.coverageTitle(zoneName(zoneId)) : t.coverageTitleAll}</h3>
        <label className="field field--inline">
          <span className="field__label">{t.coverageThreshold}</span>
          <input
            type="number"
            className="coverage-threshold"
            min={1}
            step={1}
            value={threshold}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isFinite(value) && value > 0) setThreshold(value);
            }}
          />
        </label>
        <label className="field field--inline">
          <input type="checkbox" checked={allFunctions} onChange={(event) => setAllFunctions(event.target.checked)} />
          <span>{t.coverageAllFunctions}</span>
        </label>
        <button
          type="button"
          className="button button--primary"
          data-testid="coverage-download"
          disabled={rows.length === 0}
          onClick={download}
        >
          {t.coverageDownload}
        </button>
      </div>
      <CoverageLegend threshold={threshold} />
      {coverage.isPending && <p className="view-status">{t.coverageLoading}</p>}
      {coverage.isError && <p className="view-status view-status--error">{t.coverageError}</p>}
      {coverage.isSuccess && (
        <CoverageTable
          rows={rows}
          networkTypes={networkTypes}
          functions={functions}
          threshold={threshold}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      )}
    </section>
  );
}
