// Regie and actor: the networks the municipality directs with their beheersmodel status, and each conflict
// finding with the status of the network it is about.
import type { DirectedNetwork, GovernanceStatus, ProfileRoleConflicts } from '@knooppunt/server/domain/municipality-profile';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { FindingNote } from './FindingNote';
import { useProfileText, type MunicipalityProfileText } from './municipality-profile-text';
import { NodeLink, NodeLinks } from './NodeLink';
import { useSortedTable } from '../../lib/use-sorted-table';

const column = createColumnHelper<DirectedNetwork>();

function beheersmodel(status: GovernanceStatus, text: MunicipalityProfileText): string {
  if (!status.governanceModel) return text.beheersmodelNo;
  return status.governanceModelDate ? text.beheersmodelSince(status.governanceModelDate) : text.beheersmodelYes;
}

export function RoleConflictsSection({
  roleConflicts,
  selectedId,
  onSelect,
}: {
  roleConflicts: ProfileRoleConflicts;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const text = useProfileText();
  const { vocab, formatNumber } = useI18n();
  const columns = useMemo(
    () => [
      column.accessor((row) => row.network.name, { id: 'network', header: text.network, cell: (info) => <NodeLink node={info.row.original.network} onSelect={onSelect} /> }),
      column.accessor((row) => vocab.networkType[row.networkType], { id: 'type', header: text.networkType }),
      column.accessor((row) => row.domains.map((domain) => vocab.domain[domain]).join(', ') || '–', { id: 'domains', header: text.domains }),
      column.accessor((row) => beheersmodel(row, text), {
        id: 'beheersmodel',
        header: text.beheersmodel,
        cell: (info) => <span className={info.row.original.governanceModel ? '' : 'profile-warning'}>{info.getValue()}</span>,
      }),
      column.accessor((row) => row.conflicts.length, {
        id: 'conflicts',
        header: text.conflictCount,
        sortDescFirst: true,
        cell: (info) => <span className={info.getValue() > 0 ? 'profile-warning' : ''}>{formatNumber(info.getValue())}</span>,
      }),
    ],
    [text, vocab, formatNumber, onSelect],
  );
  const table = useSortedTable(roleConflicts.directed, columns, (row) => row.network.id, { pageSize: 50 });

  return (
    <section className="profile-section" aria-labelledby="profile-conflicts" data-testid="profile-conflicts">
      <h3 id="profile-conflicts" className="profile-section__title">
        {text.conflictsTitle}
      </h3>
      <p className="profile-intro">{text.conflictsIntro}</p>
      {roleConflicts.directed.length === 0 ? (
        <p className="muted">{text.noDirected}</p>
      ) : (
        <div className="profile-table">
          <DataTable
            table={table}
            caption={text.directedCaption}
            selectedId={selectedId}
            rowId={(row) => row.network.id}
            onActivate={(row) => onSelect(row.network.id)}
            rowTestId="profile-directed-row"
          />
        </div>
      )}
      {roleConflicts.conflicts.length === 0 ? (
        <p className="muted">{text.noConflicts}</p>
      ) : (
        <ul className="profile-conflicts">
          {roleConflicts.conflicts.map(({ finding, network, organisations }) => (
            <li key={finding.id} data-testid="profile-conflict">
              <FindingNote finding={finding} />
              <p className="muted">
                {network && (
                  <>
                    <NodeLink node={network.network} onSelect={onSelect} /> · {text.beheersmodel.toLowerCase()}: {beheersmodel(network, text)}
                  </>
                )}
                {network && organisations.length > 0 && ' · '}
                {organisations.length > 0 && (
                  <>
                    {text.involved}: <NodeLinks nodes={organisations} onSelect={onSelect} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
