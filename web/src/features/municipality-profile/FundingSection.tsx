// What the municipality pays: a bar per year (its own organisations apart from others), the same figures
// as a table, the totals per kind, and every row by year, kind and organisation.
import type { ProfileFunding, ProfileFundingRow } from '@knooppunt/server/domain/municipality-profile';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { BarChart } from '../../lib/BarChart';
import { formatEuro } from './profile-format';
import { useProfileText } from './municipality-profile-text';
import { NodeLink } from './NodeLink';
import { useSortedTable } from '../../lib/use-sorted-table';

type YearTotal = ProfileFunding['byYear'][number];
const yearColumn = createColumnHelper<YearTotal>();
const rowColumn = createColumnHelper<ProfileFundingRow>();
/** What it pays to the organisations it runs itself, and what to others: the accent and a light shade of it. */
const OWN_COLOUR = 'var(--accent)';
const OTHERS_COLOUR = '#8fb3d6';
const rowKey = (row: ProfileFundingRow) => `${row.year}|${row.kind ?? ''}|${row.organisation.id}`;

function YearTable({ years }: { years: YearTotal[] }) {
  const text = useProfileText();
  const { lang } = useI18n();
  const columns = useMemo(
    () => [
      yearColumn.accessor('year', { header: text.year }),
      yearColumn.accessor('operated', { header: text.fundingOwn, cell: (info) => formatEuro(info.getValue(), lang) }),
      yearColumn.accessor('others', { header: text.fundingOthers, cell: (info) => formatEuro(info.getValue(), lang) }),
      yearColumn.accessor('total', { header: text.total, cell: (info) => formatEuro(info.getValue(), lang) }),
    ],
    [text, lang],
  );
  const table = useSortedTable(years, columns, (row) => String(row.year), { pageSize: 50 });
  return (
    <div className="profile-table" data-testid="funding-years">
      <DataTable table={table} caption={text.fundingChart} selectedId={undefined} rowId={(row) => String(row.year)} onActivate={() => undefined} rowTestId="funding-year-row" rowIdAttribute="data-year" />
    </div>
  );
}

export function FundingSection({ funding, selectedId, onSelect }: { funding: ProfileFunding; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab, lang } = useI18n();
  const euro = (value: number) => formatEuro(value, lang);
  const columns = useMemo(
    () => [
      rowColumn.accessor('year', { header: text.year }),
      rowColumn.accessor((row) => row.organisation.name, {
        id: 'organisation',
        header: text.organisation,
        cell: (info) => (
          <>
            <NodeLink node={info.row.original.organisation} onSelect={onSelect} />
            {info.row.original.operated && <span className="profile-tag">{text.operated}</span>}
          </>
        ),
      }),
      rowColumn.accessor((row) => (row.kind !== undefined ? vocab.fundingKind[row.kind] : text.noKind), { id: 'kind', header: text.fundingKind }),
      rowColumn.accessor('amount', { header: text.amount, sortDescFirst: true, cell: (info) => formatEuro(info.getValue(), lang) }),
    ],
    [text, vocab, lang, onSelect],
  );
  const table = useSortedTable(funding.rows, columns, rowKey, { pageSize: 50 });

  return (
    <section className="profile-section" aria-labelledby="profile-funding" data-testid="profile-funding">
      <h3 id="profile-funding" className="profile-section__title">
        {text.fundingTitle}
      </h3>
      {funding.rows.length === 0 ? (
        <p className="muted">{text.fundingNone}</p>
      ) : (
        <>
          <div className="profile-twin">
            <BarChart
              testId="funding-chart"
              legend={[
                { colour: OWN_COLOUR, label: text.fundingOwn },
                { colour: OTHERS_COLOUR, label: text.fundingOthers },
              ]}
              bars={funding.byYear.map((year) => ({
                key: String(year.year),
                label: String(year.year),
                valueText: euro(year.total),
                segments: [
                  { value: year.operated, colour: OWN_COLOUR },
                  { value: year.others, colour: OTHERS_COLOUR },
                ],
              }))}
            />
            <YearTable years={funding.byYear} />
          </div>
          <p className="profile-kinds">
            <strong>{text.fundingByKind}:</strong>{' '}
            {funding.byKind.map((kind) => `${kind.kind === null ? text.noKind : vocab.fundingKind[kind.kind]} ${euro(kind.total)}`).join(' · ')}
          </p>
          <div className="profile-table profile-table--tall">
            <DataTable
              table={table}
              caption={text.fundingCaption(euro(funding.total))}
              selectedId={selectedId}
              rowId={(row) => row.organisation.id}
              onActivate={(row) => onSelect(row.organisation.id)}
              rowTestId="funding-row"
            />
          </div>
        </>
      )}
    </section>
  );
}
