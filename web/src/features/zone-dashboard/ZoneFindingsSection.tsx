// The zone's findings: how many of each kind (chart and table twin), and the list, each opening in the
// findings view where the graph focuses on it.
import { FINDING_KINDS, type Finding, type FindingKind } from '@knooppunt/server/domain/findings';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { FINDING_KIND_STYLE, SEVERITY_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

interface KindCount {
  kind: FindingKind;
  count: number;
}

const kindColumn = createColumnHelper<KindCount>();
const findingColumn = createColumnHelper<Finding>();
const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

export function ZoneFindingsSection(props: { findings: Finding[]; onOpenFinding: (findingId: string) => void }) {
  const { vocab, lang } = useI18n();
  const text = useZoneDashboardText();
  const { onOpenFinding } = props;
  const kinds = useMemo(
    () => FINDING_KINDS.map((kind) => ({ kind, count: props.findings.filter((finding) => finding.kind === kind).length })),
    [props.findings],
  );
  const kindColumns = useMemo(
    () => [
      kindColumn.accessor((row) => vocab.findingKind[row.kind], { id: 'kind', header: text.kind }),
      kindColumn.accessor('count', { header: text.findingsCount, sortDescFirst: true }),
    ],
    [vocab, text],
  );
  const findingColumns = useMemo(
    () => [
      findingColumn.accessor('severity', {
        header: text.severity,
        sortingFn: (a, b) => SEVERITY_RANK[a.original.severity] - SEVERITY_RANK[b.original.severity],
        sortDescFirst: true,
        cell: (info) => {
          const colour = SEVERITY_COLOUR[info.getValue()];
          return (
            <span className="severity-badge" style={{ background: colour.background, color: colour.text }}>
              {vocab.severity[info.getValue()]}
            </span>
          );
        },
      }),
      findingColumn.accessor((finding) => vocab.rule[finding.rule], { id: 'rule', header: text.rule }),
      findingColumn.accessor((finding) => finding.message[lang], { id: 'message', header: text.message, enableSorting: false }),
    ],
    [vocab, text, lang],
  );
  const kindTable = useSortedTable(kinds, kindColumns, (row) => row.kind);
  const findingTable = useSortedTable(props.findings, findingColumns, (finding) => finding.id, { initialSorting: [{ id: 'severity', desc: true }] });

  return (
    <DashboardSection id="findings" title={text.findingsTitle} intro={text.findingsIntro}>
      {props.findings.length === 0 ? (
        <p className="dash-empty">{text.noFindings}</p>
      ) : (
        <>
          <ChartAndTable
            chart={
              <BarChart
                title={text.findingsChart}
                testId="findings-chart"
                bars={kinds.map((row) => ({
                  key: row.kind,
                  label: vocab.findingKind[row.kind],
                  segments: [{ value: row.count, colour: FINDING_KIND_STYLE[row.kind].colour }],
                  valueText: String(row.count),
                }))}
              />
            }
            table={
              <DataTable
                table={kindTable}
                caption={text.findingsKindCaption}
                selectedId={undefined}
                rowId={(row) => row.kind}
                rowIdAttribute="data-kind"
                rowTestId="finding-kind-row"
                onActivate={() => undefined}
              />
            }
          />
          <div className="dash-list dash-list--findings">
            <DataTable
              table={findingTable}
              caption={text.findingsCaption(props.findings.length)}
              selectedId={undefined}
              rowId={(finding) => finding.id}
              rowIdAttribute="data-finding-id"
              rowTestId="dashboard-finding-row"
              onActivate={(finding) => onOpenFinding(finding.id)}
            />
          </div>
        </>
      )}
    </DashboardSection>
  );
}
