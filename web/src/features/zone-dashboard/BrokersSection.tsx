// The collaboration network's top brokers: betweenness as bars, and every centrality in the table twin.
import type { Broker, CollaborationMetrics } from '@knooppunt/server/domain/zone-dashboard';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

const column = createColumnHelper<Broker>();

/** Scores to three decimals, in the reader's number format. */
const score = (formatNumber: (value: number) => string, value: number) => formatNumber(Number(value.toFixed(3)));

export function BrokersSection(props: { metrics: CollaborationMetrics; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { vocab, formatNumber } = useI18n();
  const text = useZoneDashboardText();
  const { onSelect } = props;
  const { brokers, betweenness } = props.metrics;
  const columns = useMemo(
    () => [
      column.accessor((broker) => broker.node.name, { id: 'actor', header: text.actor, cell: (info) => <NodeButton node={info.row.original.node} onSelect={onSelect} /> }),
      column.accessor((broker) => vocab.label[broker.node.label], { id: 'kind', header: text.kind }),
      column.accessor('degree', { header: text.degree, sortDescFirst: true }),
      column.accessor('degreeCentrality', { header: text.degreeCentrality, sortDescFirst: true, cell: (info) => score(formatNumber, info.getValue()) }),
      column.accessor('betweenness', { header: text.betweenness, sortDescFirst: true, cell: (info) => score(formatNumber, info.getValue()) }),
      column.accessor('municipalities', { header: text.municipalitiesLinked, sortDescFirst: true }),
      column.accessor('community', { header: text.community }),
    ],
    [vocab, text, onSelect, formatNumber],
  );
  const table = useSortedTable(brokers, columns, (broker) => broker.node.id);

  return (
    <DashboardSection
      id="brokers"
      title={text.brokersTitle}
      intro={text.brokersIntro}
      note={<p className="dash-note">{betweenness.method === 'exact' ? text.betweennessExact : text.betweennessSampled(betweenness.pivots)}</p>}
    >
      <ChartAndTable
        wide
        chart={
          <BarChart
            title={text.brokersChart}
            testId="brokers-chart"
            scaleTo={Math.max(...brokers.map((broker) => broker.betweenness), 0.001)}
            bars={brokers.map((broker) => ({
              key: broker.node.id,
              label: broker.node.name,
              segments: [{ value: broker.betweenness, colour: LABEL_COLOUR[broker.node.label] }],
              valueText: score(formatNumber, broker.betweenness),
            }))}
          />
        }
        table={
          <DataTable
            table={table}
            caption={text.brokersCaption(brokers.length)}
            selectedId={props.selectedId}
            rowId={(broker) => broker.node.id}
            rowTestId="broker-row"
            onActivate={(broker) => onSelect(broker.node.id)}
          />
        }
      />
    </DashboardSection>
  );
}
