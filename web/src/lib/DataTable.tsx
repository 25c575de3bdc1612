// A keyboard-usable table over a TanStack Table instance: sortable header buttons with aria-sort,
// one tab stop for the body (arrow keys move between rows), Enter or click activates a row.
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from './i18n/i18n';
import './data-table.css';

export interface DataTableProps<T> {
  table: Table<T>;
  caption: string;
  selectedId: string | undefined;
  rowId: (row: T) => string;
  onActivate: (row: T) => void;
  /** The test id each body row carries; node tables keep the original `table-row`. */
  rowTestId?: string;
  /** The attribute naming a row's id, `data-node-id` for rows that stand for a node. */
  rowIdAttribute?: `data-${string}`;
  /** Extra class names for a row, e.g. to tint it by severity. */
  rowClassName?: (row: T) => string | undefined;
  /** Shown instead of the generic empty text when no row is left. */
  emptyText?: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<T>(props: DataTableProps<T>) {
  const { table, caption, selectedId, rowId, onActivate, rowTestId = 'table-row', rowIdAttribute = 'data-node-id' } = props;
  const { t } = useI18n();
  const rows = table.getRowModel().rows;
  const [focusIndex, setFocusIndex] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const activeIndex = Math.min(focusIndex, Math.max(rows.length - 1, 0));

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setFocusIndex(next);
    bodyRef.current?.querySelectorAll<HTMLTableRowElement>('tr')[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: Row<T>, index: number) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(row.original);
    }
  };

  return (
    <div className="data-table">
      <div className="data-table__scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} data-column={header.column.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span className="sort-indicator" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        <span className="sort-button">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row, index) => {
              const id = rowId(row.original);
              return (
                <tr
                  key={row.id}
                  data-testid={rowTestId}
                  {...{ [rowIdAttribute]: id }}
                  tabIndex={index === activeIndex ? 0 : -1}
                  aria-selected={id === selectedId}
                  className={[id === selectedId ? 'is-selected' : '', props.rowClassName?.(row.original) ?? ''].join(' ').trim() || undefined}
                  onClick={() => {
                    setFocusIndex(index);
                    onActivate(row.original);
                  }}
                  onFocus={() => setFocusIndex(index)}
                  onKeyDown={(event) => onKeyDown(event, row, index)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} data-column={cell.column.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">{props.emptyText ?? t.tableEmpty}</p>}
      </div>
      {table.getPageCount() > 1 && (
        <nav className="pagination" aria-label={t.pageOf(table.getState().pagination.pageIndex + 1, table.getPageCount())}>
          <button type="button" className="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
            {t.pagePrevious}
          </button>
          <span>{t.pageOf(table.getState().pagination.pageIndex + 1, table.getPageCount())}</span>
          <button type="button" className="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            {t.pageNext}
          </button>
        </nav>
      )}
    </div>
  );
}
