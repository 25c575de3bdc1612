// The column list the table hooks take.
import type { ColumnDef } from '@tanstack/react-table';

/**
 * Columns of one row type whose values differ in type (a name, a count, a date). `unknown` would refuse
 * them: a column's cell renderer takes its own value type, so ColumnDef<Row, string> is no
 * ColumnDef<Row, unknown>. TanStack types useReactTable's own `columns` option the same way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the value type varies per column
export type TableColumns<Row> = ColumnDef<Row, any>[];
