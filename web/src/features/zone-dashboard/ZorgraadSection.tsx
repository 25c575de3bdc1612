// The zorgraad's members by seat (chart and table twin) and the member list, for each zorgraad of the zone.
import type { SeatCount, Zorgraad, ZorgraadMember } from '@knooppunt/server/domain/zone-dashboard';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { SECTOR_COLOUR } from '../../lib/palette';
import { BarChart } from '../../lib/BarChart';
import { ChartAndTable, DashboardSection } from './DashboardSection';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

const seatColumn = createColumnHelper<SeatCount>();
const memberColumn = createColumnHelper<ZorgraadMember>();
const MISSING_COLOUR = '#b3261e';

function SeatTable({ zorgraad }: { zorgraad: Zorgraad }) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  const columns = useMemo(
    () => [
      seatColumn.accessor((seat) => vocab.sector[seat.sector], { id: 'seat', header: text.seat }),
      seatColumn.accessor('count', { header: text.members, sortDescFirst: true }),
      seatColumn.accessor((seat) => (seat.required ? (seat.count === 0 ? text.requiredMissing : text.requiredYes) : ''), {
        id: 'required',
        header: text.required,
        cell: (info) => <span className={info.row.original.required && info.row.original.count === 0 ? 'dash-missing' : undefined}>{info.getValue()}</span>,
      }),
    ],
    [vocab, text],
  );
  const table = useSortedTable(zorgraad.bySeat, columns, (seat) => seat.sector);
  return (
    <DataTable
      table={table}
      caption={text.seatCaption(zorgraad.bySeat.length)}
      selectedId={undefined}
      rowId={(seat) => seat.sector}
      rowIdAttribute="data-sector"
      rowTestId="seat-row"
      onActivate={() => undefined}
    />
  );
}

function MemberTable({ zorgraad, selectedId, onSelect }: { zorgraad: Zorgraad; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  const columns = useMemo(
    () => [
      memberColumn.accessor((member) => member.member.name, {
        id: 'member',
        header: text.member,
        cell: (info) => <NodeButton node={info.row.original.member} onSelect={onSelect} />,
      }),
      memberColumn.accessor((member) => vocab.sector[member.seat], { id: 'seat', header: text.seat }),
      memberColumn.accessor((member) => vocab.sector[member.sector], { id: 'sector', header: text.ownSector }),
      memberColumn.accessor((member) => vocab.role[member.role], { id: 'role', header: text.role }),
    ],
    [vocab, text, onSelect],
  );
  const table = useSortedTable(zorgraad.members, columns, (member) => member.member.id);
  return (
    <DataTable
      table={table}
      caption={text.membersCaption(zorgraad.members.length)}
      selectedId={selectedId}
      rowId={(member) => member.member.id}
      rowTestId="member-row"
      onActivate={(member) => onSelect(member.member.id)}
    />
  );
}

export function ZorgraadSection(props: { zorgraden: Zorgraad[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  return (
    <DashboardSection id="zorgraad" title={text.zorgraadTitle} intro={text.zorgraadIntro}>
      {props.zorgraden.length === 0 && <p className="dash-empty dash-missing">{text.noZorgraad(vocab.rule.GAP_ZORGRAAD_MISSING)}</p>}
      {props.zorgraden.map((zorgraad) => (
        <div key={zorgraad.network.id} className="dash-zorgraad">
          <p className="dash-zorgraad__name">
            <NodeButton node={zorgraad.network} onSelect={props.onSelect} />
            <span className="muted"> · {text.roles}: {zorgraad.byRole.map((role) => `${role.count} × ${vocab.role[role.role]}`).join(', ')}</span>
          </p>
          <ChartAndTable
            chart={
              <BarChart
                title={text.seatChart(zorgraad.network.name)}
                testId="seat-chart"
                bars={zorgraad.bySeat.map((seat) => {
                  const missing = seat.required && seat.count === 0;
                  return {
                    key: seat.sector,
                    label: seat.required ? `${vocab.sector[seat.sector]} *` : vocab.sector[seat.sector],
                    // A missing sector shows the one seat it lacks, as an outline.
                    segments: [missing ? { value: 1, colour: MISSING_COLOUR, hollow: true } : { value: seat.count, colour: SECTOR_COLOUR[seat.sector] }],
                    valueText: missing ? text.requiredMissing : String(seat.count),
                    alert: missing,
                  };
                })}
              />
            }
            table={<SeatTable zorgraad={zorgraad} />}
          />
          <p className="dash-note">{text.requiredNote}</p>
          <div className="dash-list">
            <MemberTable zorgraad={zorgraad} selectedId={props.selectedId} onSelect={props.onSelect} />
          </div>
        </div>
      ))}
    </DashboardSection>
  );
}
