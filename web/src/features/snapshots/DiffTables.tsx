// The lists of a comparison as sortable, keyboard-usable tables: nodes and relationships added, removed or
// changed (each change in words), findings opened or closed (their message in the current language).
import type { Finding } from '@knooppunt/server/domain/findings';
import type { NodeDiffEntry, PropertyChange, RelationshipDiffEntry } from '@knooppunt/server/domain/snapshot';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { changeText } from './diff-format';
import { useSnapshotsText } from './snapshots-text';
import { useSortedTable } from '../../lib/use-sorted-table';
import type { TableColumns } from '../../lib/table-columns';

/** The diff's rows are for reading; choosing one has nothing to open. */
const ignore = () => undefined;

/** A titled list; nothing at all when the list is empty (the summary already says 0). */
function DiffSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="diff-section" data-testid={testId} aria-label={title}>
      <h4 className="snapshots-subtitle">{title}</h4>
      {children}
    </section>
  );
}

function DiffTable<Row extends { id: string }>({ rows, total, columns, kind }: { rows: Row[]; total: number; columns: TableColumns<Row>; kind: string }) {
  const text = useSnapshotsText();
  const table = useSortedTable(rows, columns, (row) => row.id, { pageSize: 50 });
  return (
    <div className={`table-pane diff-table diff-table--${kind}`}>
      <DataTable
        table={table}
        caption={text.rows(rows.length, total)}
        selectedId={undefined}
        rowId={(row) => row.id}
        onActivate={ignore}
        rowTestId="diff-row"
        rowIdAttribute="data-id"
      />
    </div>
  );
}

/** A row of a nodes or relationships list; rows of a "changed" list carry their changes. */
type Changeable = { changes?: PropertyChange[] };
type NodeRow = NodeDiffEntry & Changeable;
type RelationshipRow = RelationshipDiffEntry & Changeable;

function ChangeList({ changes }: { changes: PropertyChange[] }) {
  const i18n = useI18n();
  const text = useSnapshotsText();
  return (
    <ul className="diff-changes">
      {changes.map((change) => (
        <li key={change.property}>{changeText(change, i18n, text)}</li>
      ))}
    </ul>
  );
}

interface ListProps<Row> {
  title: string;
  rows: Row[];
  total: number;
  testId: string;
}

const nodeColumn = createColumnHelper<NodeRow>();

export function NodeDiffTable({ title, rows, total, testId }: ListProps<NodeRow>) {
  const { vocab } = useI18n();
  const text = useSnapshotsText();
  const withChanges = rows.some((row) => row.changes !== undefined);
  const columns = useMemo(
    () => [
      nodeColumn.accessor((row) => vocab.label[row.label], { id: 'kind', header: text.kind }),
      nodeColumn.accessor('name', { header: text.name }),
      nodeColumn.accessor('id', { header: text.id, cell: (info) => <code>{info.getValue()}</code> }),
      ...(withChanges
        ? [nodeColumn.display({ id: 'changes', header: text.changes, cell: (info) => <ChangeList changes={info.row.original.changes ?? []} /> })]
        : []),
    ],
    [vocab, text, withChanges],
  );
  if (total === 0) return null;
  return (
    <DiffSection title={title} testId={testId}>
      <DiffTable rows={rows} total={total} columns={columns} kind="nodes" />
    </DiffSection>
  );
}

const relationshipColumn = createColumnHelper<RelationshipRow>();

export function RelationshipDiffTable({ title, rows, total, testId }: ListProps<RelationshipRow>) {
  const { vocab } = useI18n();
  const text = useSnapshotsText();
  const withChanges = rows.some((row) => row.changes !== undefined);
  const columns = useMemo(
    () => [
      relationshipColumn.accessor('fromName', { header: text.from, cell: (info) => <span title={info.row.original.from}>{info.getValue()}</span> }),
      relationshipColumn.accessor((row) => vocab.relationship[row.type].name, { id: 'type', header: text.type }),
      relationshipColumn.accessor('toName', { header: text.to, cell: (info) => <span title={info.row.original.to}>{info.getValue()}</span> }),
      ...(withChanges
        ? [relationshipColumn.display({ id: 'changes', header: text.changes, cell: (info) => <ChangeList changes={info.row.original.changes ?? []} /> })]
        : []),
    ],
    [vocab, text, withChanges],
  );
  if (total === 0) return null;
  return (
    <DiffSection title={title} testId={testId}>
      <DiffTable rows={rows} total={total} columns={columns} kind="relationships" />
    </DiffSection>
  );
}

const findingColumn = createColumnHelper<Finding>();
const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

export function FindingDiffTable({ title, rows, total, testId }: ListProps<Finding>) {
  const { vocab, lang } = useI18n();
  const text = useSnapshotsText();
  const columns = useMemo(
    () => [
      findingColumn.accessor('severity', {
        header: text.severity,
        sortingFn: (a, b) => SEVERITY_RANK[a.original.severity] - SEVERITY_RANK[b.original.severity],
        sortDescFirst: true,
        cell: (info) => <span className={`diff-severity diff-severity--${info.getValue()}`}>{vocab.severity[info.getValue()]}</span>,
      }),
      findingColumn.accessor((finding) => vocab.rule[finding.rule], { id: 'rule', header: text.rule }),
      findingColumn.accessor((finding) => finding.message[lang], { id: 'message', header: text.message }),
    ],
    [vocab, lang, text],
  );
  if (total === 0) return null;
  return (
    <DiffSection title={title} testId={testId}>
      <DiffTable rows={rows} total={total} columns={columns} kind="findings" />
    </DiffSection>
  );
}
