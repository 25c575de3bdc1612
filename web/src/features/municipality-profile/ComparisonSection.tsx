// The municipality beside its neighbours: a bar per municipality for one measure, where it stands on each
// measure, and every measure of every neighbour in the table twin.
import { FINDING_KINDS } from '@knooppunt/server/domain/findings';
import { COMPARISON_MEASURES, type ComparisonMeasure, type ComparisonRow, type NeighbourComparison, type Standing } from '@knooppunt/server/domain/municipality-profile';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { BarChart } from '../../lib/BarChart';
import { useProfileText } from './municipality-profile-text';
import { NodeLink } from './NodeLink';
import { useSortedTable } from '../../lib/use-sorted-table';

const column = createColumnHelper<ComparisonRow>();

/** Trailing the neighbours: fewer networks, functions or places, or more findings. */
/** Neighbours in grey, so the municipality itself (in the accent colour) stands out. */
const NEIGHBOUR_COLOUR = '#b8c4d0';
const worse = (standing: Standing) => standing.position === (standing.measure === 'findings' ? 'more' : 'fewer');

const findingTotal = (row: ComparisonRow) => FINDING_KINDS.reduce((sum, kind) => sum + row.findings[kind], 0);

function measureOf(row: ComparisonRow, measure: ComparisonMeasure): number | undefined {
  switch (measure) {
    case 'networkTypes':
      return row.networkTypes.length;
    case 'functionsReachable':
      return row.functionsReachable;
    case 'childcarePer100':
      return row.childcarePer100;
    case 'findings':
      return findingTotal(row);
  }
}

export function ComparisonSection({ comparison, selectedId, onSelect }: { comparison: NeighbourComparison; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab, formatNumber } = useI18n();
  // The chart opens on the first measure where the municipality trails most of its neighbours: that is the question.
  const [measure, setMeasure] = useState<ComparisonMeasure>(
    () => comparison.standings.find(worse)?.measure ?? 'functionsReachable',
  );
  const columns = useMemo(
    () => [
      column.accessor((row) => row.municipality.name, {
        id: 'municipality',
        header: vocab.label.Municipality,
        cell: (info) => (
          <>
            <NodeLink node={info.row.original.municipality} onSelect={onSelect} />
            {info.row.original.self && <span className="profile-tag">{text.thisMunicipality}</span>}
          </>
        ),
      }),
      column.accessor((row) => row.networkTypes.length, {
        id: 'networkTypes',
        header: text.measureShort.networkTypes,
        sortDescFirst: true,
        cell: (info) => (
          <span title={info.row.original.networkTypes.map((type) => vocab.networkType[type]).join(', ')}>
            {formatNumber(info.getValue())}
            <span className="profile-cell-detail"> {info.row.original.networkTypes.map((type) => vocab.networkType[type]).join(', ')}</span>
          </span>
        ),
      }),
      column.accessor('functionsReachable', { header: text.measureShort.functionsReachable, sortDescFirst: true, cell: (info) => formatNumber(info.getValue()) }),
      column.accessor((row) => row.childcarePer100 ?? -1, {
        id: 'childcarePer100',
        header: text.measureShort.childcarePer100,
        sortDescFirst: true,
        cell: (info) => (info.row.original.childcarePer100 === undefined ? text.unknown : formatNumber(info.row.original.childcarePer100)),
      }),
      ...FINDING_KINDS.map((kind) =>
        column.accessor((row) => row.findings[kind], { id: `findings-${kind}`, header: vocab.findingKind[kind], sortDescFirst: true, cell: (info) => formatNumber(info.getValue()) }),
      ),
    ],
    [text, vocab, formatNumber, onSelect],
  );
  const table = useSortedTable(comparison.rows, columns, (row) => row.municipality.id, { pageSize: 50 });

  if (comparison.rows.length <= 1) {
    return (
      <section className="profile-section" aria-labelledby="profile-comparison" data-testid="profile-comparison">
        <h3 id="profile-comparison" className="profile-section__title">
          {text.comparisonTitle}
        </h3>
        <p className="muted">{text.noNeighbours}</p>
      </section>
    );
  }

  return (
    <section className="profile-section" aria-labelledby="profile-comparison" data-testid="profile-comparison">
      <h3 id="profile-comparison" className="profile-section__title">
        {text.comparisonTitle}
      </h3>
      <ul className="profile-standings" data-testid="profile-standings">
        {comparison.standings.map((standing) => (
          <li key={standing.measure} data-measure={standing.measure} data-position={standing.position ?? ''} className={worse(standing) ? 'profile-standing is-worse' : 'profile-standing'}>
            {text.standing(standing, text.measure[standing.measure])}
          </li>
        ))}
      </ul>
      <label className="field field--inline profile-measure">
        <span className="field__label">{text.measureLabel}</span>
        <select value={measure} data-testid="comparison-measure" onChange={(event) => setMeasure(event.target.value as ComparisonMeasure)}>
          {COMPARISON_MEASURES.map((option) => (
            <option key={option} value={option}>
              {text.measure[option]}
            </option>
          ))}
        </select>
      </label>
      <div className="profile-twin profile-twin--wide">
        <BarChart
          testId="comparison-chart"
          bars={comparison.rows.map((row) => {
            const value = measureOf(row, measure);
            return {
              key: row.municipality.id,
              label: row.municipality.name,
              valueText: value === undefined ? text.unknown : formatNumber(value),
              segments: [{ value: value ?? 0, colour: row.self ? 'var(--accent)' : NEIGHBOUR_COLOUR }],
              emphasised: row.self,
            };
          })}
        />
        <div className="profile-table" data-testid="comparison-table">
          <DataTable
            table={table}
            caption={text.comparisonCaption}
            selectedId={selectedId}
            rowId={(row) => row.municipality.id}
            onActivate={(row) => onSelect(row.municipality.id)}
            rowTestId="comparison-row"
          />
        </div>
      </div>
    </section>
  );
}
