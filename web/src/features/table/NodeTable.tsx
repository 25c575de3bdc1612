// The nodes of the view as a sortable, filterable table; a row selects its node.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { NODE_LABELS } from '@knooppunt/server/domain/vocabulary';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';
import { DataTable } from '../../lib/DataTable';
import { useFilteredTable } from './use-filtered-table';
import { nodeRows, type NodeRow } from './table-rows';

const column = createColumnHelper<NodeRow>();
export interface NodeTableProps {
  visible: Subgraph;
  context: Subgraph;
  selectedId: string | undefined;
  onSelect: (nodeId: string) => void;
}

export function NodeTable({ visible, context, selectedId, onSelect }: NodeTableProps) {
  const { t, vocab } = useI18n();
  const data = useMemo(() => nodeRows(visible, context, vocab), [visible, context, vocab]);
  const [labelFilter, setLabelFilter] = useState('');

  const columns = useMemo(
    () => [
      column.accessor('name', { header: t.columnName }),
      column.accessor('labelName', {
        id: 'label',
        header: t.columnLabel,
        cell: (info) => (
          <span className="label-cell">
            <ShapeIcon label={info.row.original.label} colour={LABEL_COLOUR[info.row.original.label]} />
            {info.getValue()}
          </span>
        ),
      }),
      column.accessor('kind', { header: t.columnKind }),
      column.accessor('zones', { header: t.columnZones }),
      column.accessor('municipalities', { header: t.columnMunicipalities, sortDescFirst: true }),
      column.accessor('degree', { header: t.columnDegree, sortDescFirst: true }),
    ],
    [t],
  );

  const filtered = useMemo(() => (labelFilter ? data.filter((row) => row.label === labelFilter) : data), [data, labelFilter]);
  const { table, globalFilter, setGlobalFilter } = useFilteredTable(filtered, columns);
  const shown = table.getFilteredRowModel().rows.length;

  return (
    <div className="table-pane" data-testid="node-table">
      <div className="table-controls">
        <label className="field">
          <span className="field__label">{t.tableFilter}</span>
          <input
            type="search"
            data-testid="table-filter"
            value={globalFilter}
            placeholder={t.tableFilterPlaceholder}
            onChange={(event) => setGlobalFilter(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.tableLabelFilter}</span>
          <select data-testid="table-label-filter" value={labelFilter} onChange={(event) => setLabelFilter(event.target.value)}>
            <option value="">{t.tableAllLabels}</option>
            {NODE_LABELS.filter((label) => data.some((row) => row.label === label)).map((label) => (
              <option key={label} value={label}>
                {vocab.labelPlural[label]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        table={table}
        caption={t.tableNodesCaption(shown, data.length)}
        selectedId={selectedId}
        rowId={(row) => row.id}
        onActivate={(row) => onSelect(row.id)}
      />
    </div>
  );
}
