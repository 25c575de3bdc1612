// Municipalities × network types, reach of functions and childcare, as a sortable keyboard-usable table.
import type { MunicipalityCoverage } from '@knooppunt/server/domain/coverage';
import { LOCAL_NETWORK_TYPES } from '@knooppunt/server/domain/findings';
import type { NetworkType, OfferFunction } from '@knooppunt/server/domain/vocabulary';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { childcareLevel, reachOf } from './coverage-columns';

const column = createColumnHelper<MunicipalityCoverage>();
const REACH_MARK = { local: '●', neighbour: '◐', none: '○' } as const;

export interface CoverageTableProps {
  rows: MunicipalityCoverage[];
  networkTypes: readonly NetworkType[];
  functions: readonly OfferFunction[];
  threshold: number;
  selectedId: string | undefined;
  onSelect: (municipalityId: string) => void;
}

function NetworkCell({ row, type }: { row: MunicipalityCoverage; type: NetworkType }) {
  const { t } = useI18n();
  const networks = row.networks[type] ?? [];
  if (networks.length === 0) {
    return (
      <span className="cov cov--none">
        <span aria-hidden="true">✕ </span>
        {t.coverageNone}
      </span>
    );
  }
  // Two networks of one local type over one municipality is the overlap the rules flag.
  const overlap = networks.length > 1 && (LOCAL_NETWORK_TYPES as readonly string[]).includes(type);
  const names = networks.map((network) => network.name).join(', ');
  return (
    <span className={overlap ? 'cov cov--overlap' : 'cov cov--covered'} title={names}>
      <span aria-hidden="true">{overlap ? '⚠ ' : '✓ '}</span>
      {networks.length}
      <span className="visually-hidden">: {names}</span>
    </span>
  );
}

export function CoverageTable({ rows, networkTypes, functions, threshold, selectedId, onSelect }: CoverageTableProps) {
  const { t, vocab, formatNumber } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([]);

  const columns = useMemo(
    () => [
      column.accessor((row) => row.municipality.name, {
        id: 'name',
        header: vocab.label.Municipality,
        cell: (info) => (
          <span className="cov-municipality">
            {info.getValue()} <span className="muted">{info.row.original.municipality.nis}</span>
          </span>
        ),
      }),
      ...networkTypes.map((type) =>
        column.accessor((row) => (row.networks[type] ?? []).length, {
          id: `network-${type}`,
          header: vocab.networkType[type],
          sortDescFirst: true,
          cell: (info) => <NetworkCell row={info.row.original} type={type} />,
        }),
      ),
      ...functions.map((fn) =>
        column.accessor((row) => ({ local: 2, neighbour: 1, none: 0 })[reachOf(row, fn)], {
          id: `reach-${fn}`,
          header: vocab.function[fn],
          cell: (info) => {
            const reach = reachOf(info.row.original, fn);
            return (
              <span className={`cov cov--reach-${reach}`} title={`${vocab.function[fn]}: ${vocab.reach[reach]}`}>
                <span aria-hidden="true">{REACH_MARK[reach]} </span>
                {t.coverageReachShort[reach]}
              </span>
            );
          },
        }),
      ),
      column.accessor((row) => row.childcare.per100 ?? -1, {
        id: 'childcare',
        header: t.coverageChildcare,
        sortDescFirst: false,
        cell: (info) => {
          const childcare = info.row.original.childcare;
          const level = childcareLevel(childcare.per100, threshold);
          const detail =
            childcare.children0to3 === undefined
              ? t.coverageChildcareUnknown
              : t.coverageChildcareDetail(formatNumber(childcare.places), formatNumber(childcare.children0to3));
          return (
            <span className={`cov cov--childcare-${level}`} title={`${detail}. ${t.coverageChildcareLevel[level]}`}>
              {childcare.per100 === undefined ? t.coverageUnknown : formatNumber(childcare.per100)}
              <span className="cov__hint"> {t.coverageChildcareLevelShort[level]}</span>
            </span>
          );
        },
      }),
    ],
    [t, vocab, formatNumber, networkTypes, functions, threshold],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.municipality.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <div className="table-pane coverage-table" data-testid="coverage-table">
      <DataTable
        table={table}
        caption={t.coverageCaption(rows.length)}
        selectedId={selectedId}
        rowId={(row) => row.municipality.id}
        onActivate={(row) => onSelect(row.municipality.id)}
        rowTestId="coverage-row"
      />
    </div>
  );
}
