// Organisations of the zone also active in other zones: how many it shares with each other zone (chart and
// table twin), and the organisations themselves.
import type { NodeSummary } from '@knooppunt/server/domain/api';
import type { CrossZoneOrganisation } from '@knooppunt/server/domain/zone-dashboard';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR, SECTOR_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { NameList } from './NameList';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

interface SharedWithZone {
  zone: NodeSummary;
  organisations: number;
}

const zoneColumn = createColumnHelper<SharedWithZone>();
const organisationColumn = createColumnHelper<CrossZoneOrganisation>();
const CHART_BARS = 10;

/** Per other zone, how many of the zone's organisations also work there; most first, then by name. */
function sharedPerZone(organisations: readonly CrossZoneOrganisation[]): SharedWithZone[] {
  const perZone = new Map<string, SharedWithZone>();
  for (const organisation of organisations) {
    for (const zone of organisation.otherZones) {
      const entry = perZone.get(zone.id) ?? { zone, organisations: 0 };
      entry.organisations += 1;
      perZone.set(zone.id, entry);
    }
  }
  return [...perZone.values()].sort((a, b) => b.organisations - a.organisations || a.zone.name.localeCompare(b.zone.name, 'nl'));
}

export function CrossZoneSection(props: { organisations: CrossZoneOrganisation[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  const { onSelect } = props;
  const zones = useMemo(() => sharedPerZone(props.organisations), [props.organisations]);
  const zoneColumns = useMemo(
    () => [
      zoneColumn.accessor((row) => row.zone.name, { id: 'zone', header: text.zone, cell: (info) => <NodeButton node={info.row.original.zone} onSelect={onSelect} /> }),
      zoneColumn.accessor('organisations', { header: text.organisations, sortDescFirst: true }),
    ],
    [text, onSelect],
  );
  const organisationColumns = useMemo(
    () => [
      organisationColumn.accessor((row) => row.organisation.name, {
        id: 'organisation',
        header: text.organisation,
        cell: (info) => <NodeButton node={info.row.original.organisation} onSelect={onSelect} />,
      }),
      organisationColumn.accessor((row) => vocab.sector[row.sector], {
        id: 'sector',
        header: text.sector,
        cell: (info) => (
          <span className="dash-sector">
            <span className="dash-swatch" style={{ background: SECTOR_COLOUR[info.row.original.sector] }} aria-hidden="true" />
            {info.getValue()}
          </span>
        ),
      }),
      organisationColumn.accessor((row) => row.otherZones.length, {
        id: 'zones',
        header: text.otherZones,
        sortDescFirst: true,
        cell: (info) => <NameList nodes={info.row.original.otherZones} more={text.more} />,
      }),
      organisationColumn.accessor((row) => row.outside.length, {
        id: 'outside',
        header: text.municipalitiesOutside,
        sortDescFirst: true,
        cell: (info) => <NameList nodes={info.row.original.outside} more={text.more} />,
      }),
    ],
    [vocab, text, onSelect],
  );
  const zoneTable = useSortedTable(zones, zoneColumns, (row) => row.zone.id);
  const organisationTable = useSortedTable(props.organisations, organisationColumns, (row) => row.organisation.id);

  return (
    <DashboardSection id="cross-zone" title={text.crossTitle} intro={text.crossIntro}>
      {props.organisations.length === 0 ? (
        <p className="dash-empty">{text.noCross}</p>
      ) : (
        <>
          <ChartAndTable
            chart={
              <BarChart
                title={text.crossChart}
                testId="cross-zone-chart"
                bars={zones.slice(0, CHART_BARS).map((row) => ({
                  key: row.zone.id,
                  label: row.zone.name,
                  segments: [{ value: row.organisations, colour: LABEL_COLOUR.Zone }],
                  valueText: String(row.organisations),
                }))}
              />
            }
            table={
              <DataTable
                table={zoneTable}
                caption={text.zoneCaption(zones.length)}
                selectedId={props.selectedId}
                rowId={(row) => row.zone.id}
                rowTestId="shared-zone-row"
                onActivate={(row) => onSelect(row.zone.id)}
              />
            }
          />
          <div className="dash-list">
            <DataTable
              table={organisationTable}
              caption={text.crossCaption(props.organisations.length)}
              selectedId={props.selectedId}
              rowId={(row) => row.organisation.id}
              rowTestId="cross-zone-row"
              onActivate={(row) => onSelect(row.organisation.id)}
            />
          </div>
        </>
      )}
    </DashboardSection>
  );
}
