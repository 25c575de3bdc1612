// Networks across the zone's border: covered municipalities inside and outside the zone (chart and table twin).
import type { BorderNetwork } from '@knooppunt/server/domain/zone-dashboard';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { NameList } from './NameList';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

const column = createColumnHelper<BorderNetwork>();
/** The chart shows the networks reaching farthest; the table lists them all. */
const CHART_BARS = 10;
const OUTSIDE_COLOUR = '#c9d0d8';

export function BorderNetworksSection(props: { networks: BorderNetwork[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  const { onSelect } = props;
  const columns = useMemo(
    () => [
      column.accessor((border) => border.network.name, { id: 'network', header: text.network, cell: (info) => <NodeButton node={info.row.original.network} onSelect={onSelect} /> }),
      column.accessor((border) => vocab.networkType[border.type], { id: 'type', header: text.type }),
      column.accessor((border) => border.inside.length, {
        id: 'inside',
        header: text.inside,
        sortDescFirst: true,
        cell: (info) => <NameList nodes={info.row.original.inside} more={text.more} />,
      }),
      column.accessor((border) => border.outside.length, {
        id: 'outside',
        header: text.outside,
        sortDescFirst: true,
        cell: (info) => <NameList nodes={info.row.original.outside} more={text.more} />,
      }),
      column.accessor((border) => border.otherZones.length, {
        id: 'zones',
        header: text.otherZones,
        sortDescFirst: true,
        cell: (info) => <NameList nodes={info.row.original.otherZones} more={text.more} />,
      }),
    ],
    [vocab, text, onSelect],
  );
  const table = useSortedTable(props.networks, columns, (border) => border.network.id);

  return (
    <DashboardSection id="border" title={text.borderTitle} intro={text.borderIntro}>
      {props.networks.length === 0 ? (
        <p className="dash-empty">{text.noBorder}</p>
      ) : (
        <ChartAndTable
          wide
          chart={
            <BarChart
              title={text.borderChart}
              testId="border-chart"
              legend={[
                { label: text.inside, colour: LABEL_COLOUR.Municipality },
                { label: text.outside, colour: OUTSIDE_COLOUR },
              ]}
              bars={props.networks.slice(0, CHART_BARS).map((border) => ({
                key: border.network.id,
                label: border.network.name,
                segments: [
                  { value: border.inside.length, colour: LABEL_COLOUR.Municipality },
                  { value: border.outside.length, colour: OUTSIDE_COLOUR },
                ],
                valueText: `${border.inside.length} + ${border.outside.length}`,
              }))}
            />
          }
          table={
            <DataTable
              table={table}
              caption={text.borderCaption(props.networks.length)}
              selectedId={props.selectedId}
              rowId={(border) => border.network.id}
              rowTestId="border-network-row"
              onActivate={(border) => onSelect(border.network.id)}
            />
          }
        />
      )}
    </DashboardSection>
  );
}
