// What the zorgraad lacks: required sectors nobody sits for and municipalities of the zone not in it, each
// with a way into its finding.
import type { AbsentMunicipality, Zorgraad } from '@knooppunt/server/domain/zone-dashboard';
import type { Sector } from '@knooppunt/server/domain/vocabulary';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { DashboardSection } from './DashboardSection';
import { NodeButton } from './NodeButton';
import { useSortedTable } from '../../lib/use-sorted-table';
import { useZoneDashboardText } from './zone-dashboard-text';

interface MissingSector {
  zorgraad: string;
  sector: Sector;
  finding: string;
}

const missingColumn = createColumnHelper<MissingSector>();
const absentColumn = createColumnHelper<AbsentMunicipality>();

function FindingButton({ finding, onOpenFinding }: { finding: string; onOpenFinding: (findingId: string) => void }) {
  const text = useZoneDashboardText();
  return (
    <button
      type="button"
      className="text-button"
      data-testid="open-finding"
      data-finding-id={finding}
      onClick={(event) => {
        event.stopPropagation();
        onOpenFinding(finding);
      }}
    >
      {text.openFinding}
    </button>
  );
}

export function ZorgraadGapsSection(props: {
  zorgraden: Zorgraad[];
  absent: AbsentMunicipality[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onOpenFinding: (findingId: string) => void;
}) {
  const { vocab } = useI18n();
  const text = useZoneDashboardText();
  const { onSelect, onOpenFinding } = props;
  const missing = useMemo(
    () => props.zorgraden.flatMap((zorgraad) => zorgraad.missingSectors.map((gap) => ({ zorgraad: zorgraad.network.name, ...gap }))),
    [props.zorgraden],
  );
  const missingColumns = useMemo(
    () => [
      missingColumn.accessor((gap) => vocab.sector[gap.sector], { id: 'sector', header: text.missingSector, cell: (info) => <span className="dash-missing">{info.getValue()}</span> }),
      missingColumn.accessor('zorgraad', { header: text.network }),
      missingColumn.accessor('finding', { header: text.finding, enableSorting: false, cell: (info) => <FindingButton finding={info.getValue()} onOpenFinding={onOpenFinding} /> }),
    ],
    [vocab, text, onOpenFinding],
  );
  const absentColumns = useMemo(
    () => [
      absentColumn.accessor((gap) => gap.municipality.name, {
        id: 'municipality',
        header: text.absentMunicipality,
        cell: (info) => <NodeButton node={info.row.original.municipality} onSelect={onSelect} />,
      }),
      absentColumn.accessor('finding', { header: text.finding, enableSorting: false, cell: (info) => <FindingButton finding={info.getValue()} onOpenFinding={onOpenFinding} /> }),
    ],
    [text, onSelect, onOpenFinding],
  );
  const missingTable = useSortedTable(missing, missingColumns, (gap) => gap.finding);
  const absentTable = useSortedTable(props.absent, absentColumns, (gap) => gap.finding);

  if (props.zorgraden.length === 0) return null;
  return (
    <DashboardSection id="gaps" title={text.gapsTitle} intro={text.gapsIntro}>
      <div className="dash-pair">
        <div className="dash-pair__table">
          <DataTable
            table={missingTable}
            caption={text.missingSectorsCaption(missing.length)}
            selectedId={undefined}
            rowId={(gap) => gap.finding}
            rowIdAttribute="data-finding-id"
            rowTestId="missing-sector-row"
            onActivate={(gap) => onOpenFinding(gap.finding)}
            emptyText={text.noMissingSectors}
          />
        </div>
        <div className="dash-pair__table">
          <DataTable
            table={absentTable}
            caption={text.absentCaption(props.absent.length)}
            selectedId={props.selectedId}
            rowId={(gap) => gap.municipality.id}
            rowTestId="absent-municipality-row"
            onActivate={(gap) => onSelect(gap.municipality.id)}
            emptyText={text.noAbsent}
          />
        </div>
      </div>
    </DashboardSection>
  );
}
