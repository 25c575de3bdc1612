// The table state the analysis pages share (dashboard, profile, snapshots): sortable by header, and either
// paged (`pageSize`) or one page that scrolls within its section.
import {
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import type { TableColumns } from './table-columns';

export interface SortedTableOptions {
  /** Rows a page; without it the table is one page. */
  pageSize?: number;
  initialSorting?: SortingState;
}

export function useSortedTable<Row>(data: Row[], columns: TableColumns<Row>, rowId: (row: Row) => string, options: SortedTableOptions = {}) {
  const [sorting, setSorting] = useState<SortingState>(options.initialSorting ?? []);
  const paging =
    options.pageSize === undefined
      ? { pageCount: 1 }
      : {
          getPaginationRowModel: getPaginationRowModel(),
          initialState: { pagination: { pageIndex: 0, pageSize: options.pageSize } },
          autoResetPageIndex: true,
        };
  return useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    ...paging,
  });
}
