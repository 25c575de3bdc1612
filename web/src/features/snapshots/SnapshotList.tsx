// The saved snapshots as a table: name, date, size, content hash and a download link; choosing a row
// makes it the "from" side of the comparison.
import type { SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { LANG_TAG } from '../../lib/i18n/lang';
import { snapshotDownloadHref } from './api/get-snapshots';
import { useSnapshotsText } from './snapshots-text';
import { useSortedTable } from '../../lib/use-sorted-table';

const column = createColumnHelper<SnapshotSummary>();

/** `sha256:4f2a…` → `4f2a9c01b7e3`: enough to tell two apart at a glance; the title shows it whole. */
const shortHash = (hash: string) => hash.replace(/^sha256:/, '').slice(0, 12);

export interface SnapshotListProps {
  snapshots: SnapshotSummary[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  /** Asks before it deletes; the token comes from the save form below the list. */
  onDelete: (snapshot: SnapshotSummary) => void;
}

export function SnapshotList({ snapshots, chosenId, onChoose, onDelete }: SnapshotListProps) {
  const { lang, formatNumber } = useI18n();
  const text = useSnapshotsText();
  const columns = useMemo(() => {
    const date = new Intl.DateTimeFormat(LANG_TAG[lang], { dateStyle: 'medium', timeStyle: 'short' });
    return [
      column.accessor('name', { header: text.name }),
      column.accessor('createdAt', { header: text.createdAt, sortDescFirst: true, cell: (info) => date.format(new Date(info.getValue())) }),
      column.accessor((snapshot) => snapshot.counts.nodes, { id: 'nodes', header: text.nodes, cell: (info) => formatNumber(info.getValue()) }),
      column.accessor((snapshot) => snapshot.counts.relationships, {
        id: 'relationships',
        header: text.relationships,
        cell: (info) => formatNumber(info.getValue()),
      }),
      column.accessor((snapshot) => snapshot.contentHash ?? '', {
        id: 'contentHash',
        header: text.contentHash,
        enableSorting: false,
        cell: (info) => (
          <code className="snapshot-hash" title={info.getValue()}>
            {info.getValue() === '' ? text.absent : shortHash(info.getValue())}
          </code>
        ),
      }),
      column.display({
        id: 'download',
        header: text.download,
        cell: (info) => (
          <a
            href={snapshotDownloadHref(info.row.original.id)}
            download
            aria-label={text.downloadLabel(info.row.original.name)}
            // The link downloads; it does not also choose the row.
            onClick={(event) => event.stopPropagation()}
            tabIndex={-1}
            data-testid="snapshot-download"
          >
            JSON ↓
          </a>
        ),
      }),
      column.display({
        id: 'delete',
        header: text.delete,
        cell: (info) => (
          <button
            type="button"
            className="button snapshot-delete"
            aria-label={text.deleteLabel(info.row.original.name)}
            // Deleting does not also choose the row.
            onClick={(event) => {
              event.stopPropagation();
              onDelete(info.row.original);
            }}
            tabIndex={-1}
            data-testid="snapshot-delete"
          >
            {text.delete}
          </button>
        ),
      }),
    ];
  }, [lang, text, formatNumber, onDelete]);
  const table = useSortedTable(snapshots, columns, (snapshot) => snapshot.id, { pageSize: 50 });

  return (
    <div className="table-pane snapshot-list" data-testid="snapshot-list">
      <DataTable
        table={table}
        caption={text.listCaption(snapshots.length)}
        selectedId={chosenId}
        rowId={(snapshot) => snapshot.id}
        onActivate={(snapshot) => onChoose(snapshot.id)}
        rowTestId="snapshot-row"
        rowIdAttribute="data-snapshot-id"
        emptyText={text.listEmpty}
      />
    </div>
  );
}
