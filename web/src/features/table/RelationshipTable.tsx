// The relationships of the view as a sortable, filterable table; a row selects its start node.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { RELATIONSHIP_TYPES } from '@knooppunt/server/domain/vocabulary';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { DataTable } from '../../lib/DataTable';
import { useFilteredTable } from './use-filtered-table';
import { relationshipRows, type RelationshipRow } from './table-rows';

const column = createColumnHelper<RelationshipRow>();
export interface RelationshipTableProps {
  visible: Subgraph;
  selectedId: string | undefined;
  onSelect: (nodeId: string) => void;
}

export function RelationshipTable({ visible, selectedId, onSelect }: RelationshipTableProps) {
  const { t, vocab, lang } = useI18n();
  const data = useMemo(() => relationshipRows(visible, vocab, lang), [visible, vocab, lang]);
  const [typeFilter, setTypeFilter] = useState('');

  const columns = useMemo(
    () => [
      column.accessor('fromName', { header: t.columnFrom }),
      column.accessor('typeName', { header: t.columnRelationship }),
      column.accessor('toName', { header: t.columnTo }),
      column.accessor('detail', { header: t.columnDetails }),
    ],
    [t],
  );
  const filtered = useMemo(() => (typeFilter ? data.filter((row) => row.type === typeFilter) : data), [data, typeFilter]);
  const { table, globalFilter, setGlobalFilter } = useFilteredTable(filtered, columns);

  return (
    <div className="table-pane" data-testid="relationship-table">
      <div className="table-controls">
        <label className="field">
          <span className="field__label">{t.tableFilter}</span>
          <input
            type="search"
            data-testid="relationship-filter"
            value={globalFilter}
            placeholder={t.tableFilterPlaceholder}
            onChange={(event) => setGlobalFilter(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.columnRelationship}</span>
          <select value={typeFilter} onChange={(event) => setTypeFilter(event.target.value)}>
            <option value="">{t.tableAllTypes}</option>
            {RELATIONSHIP_TYPES.filter((type) => data.some((row) => row.type === type)).map((type) => (
              <option key={type} value={type}>
                {vocab.relationship[type].name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        table={table}
        caption={t.tableRelationshipsCaption(table.getFilteredRowModel().rows.length, data.length)}
        selectedId={selectedId}
        rowId={(row) => row.fromId}
        onActivate={(row) => onSelect(row.fromId)}
      />
    </div>
  );
}
