// The findings as a sortable, keyboard-usable table; Enter or a click focuses the graph on one.
import type { Finding, RuleId } from '@knooppunt/server/domain/findings';
import {
  createColumnHelper,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { KindTag, SeverityBadge } from './FindingBadges';
import { SEVERITY_RANK } from './finding-filters';

const column = createColumnHelper<Finding>();
const PAGE_SIZE = 100;

export interface FindingsTableProps {
  findings: Finding[];
  total: number;
  chosenId: string | undefined;
  onChoose: (finding: Finding) => void;
  nameOf: (nodeId: string) => string | undefined;
  ruleHref: (rule: RuleId) => string;
  onOpenRule: (rule: RuleId) => void;
}

export function FindingsTable({ findings, total, chosenId, onChoose, nameOf, ruleHref, onOpenRule }: FindingsTableProps) {
  const { t, vocab, lang } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'severity', desc: true }]);

  const columns = useMemo(
    () => [
      column.accessor('severity', {
        header: t.columnSeverity,
        sortingFn: (a, b) => SEVERITY_RANK[a.original.severity] - SEVERITY_RANK[b.original.severity],
        sortDescFirst: true,
        cell: (info) => <SeverityBadge severity={info.getValue()} />,
      }),
      column.accessor((finding) => vocab.findingKind[finding.kind], {
        id: 'kind',
        header: t.columnFindingKind,
        cell: (info) => <KindTag kind={info.row.original.kind} />,
      }),
      column.accessor((finding) => vocab.rule[finding.rule], {
        id: 'rule',
        header: t.columnRule,
        cell: (info) => {
          const rule = info.row.original.rule;
          return (
            <span className="rule-cell">
              {info.getValue()}{' '}
              <a
                className="rule-cell__explain"
                href={ruleHref(rule)}
                aria-label={t.findingsExplainRule(info.getValue())}
                title={t.findingsExplainRule(info.getValue())}
                // The link opens the explanation; it must not also choose the row.
                onClick={(event) => {
                  event.preventDefault();
                  event.stopPropagation();
                  onOpenRule(rule);
                }}
                // One tab stop for the whole table: the chosen finding's box links to its rule for keyboard users.
                tabIndex={-1}
              >
                ?
              </a>
            </span>
          );
        },
      }),
      column.accessor((finding) => nameOf(finding.subject) ?? finding.subject, {
        id: 'subject',
        header: t.columnSubject,
        // A subject outside the loaded graph has no name here; its id still says what it is.
        cell: (info) => (
          <span className={info.getValue() === info.row.original.subject ? 'subject-cell subject-cell--id' : 'subject-cell'} title={info.row.original.subject}>
            {info.getValue()}
          </span>
        ),
      }),
      column.accessor((finding) => finding.message[lang], {
        id: 'message',
        header: t.columnMessage,
        enableSorting: false,
        cell: (info) => (
          <span className="finding-message" title={info.getValue()}>
            {info.getValue()}
          </span>
        ),
      }),
    ],
    [t, vocab, lang, nameOf, ruleHref, onOpenRule],
  );

  const table = useReactTable({
    data: findings,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (finding) => finding.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
    autoResetPageIndex: true,
  });

  return (
    <div className="table-pane" data-testid="findings-table">
      <DataTable
        table={table}
        caption={t.findingsCaption(findings.length, total)}
        selectedId={chosenId}
        rowId={(finding) => finding.id}
        onActivate={onChoose}
        rowTestId="finding-row"
        rowIdAttribute="data-finding-id"
        emptyText={t.findingsEmpty}
      />
    </div>
  );
}
