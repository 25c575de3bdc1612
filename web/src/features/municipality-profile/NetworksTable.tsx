// The networks the municipality covers, directs or sits in: its own role and each network's beheersmodel.
import type { ProfileNetwork } from '@knooppunt/server/domain/municipality-profile';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { useProfileText } from './municipality-profile-text';
import { NodeLink } from './NodeLink';
import { useSortedTable } from '../../lib/use-sorted-table';

const column = createColumnHelper<ProfileNetwork>();

export function NetworksTable({ networks, selectedId, onSelect }: { networks: ProfileNetwork[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab, formatNumber } = useI18n();
  const columns = useMemo(
    () => [
      column.accessor((row) => row.network.name, {
        id: 'network',
        header: text.network,
        cell: (info) => <NodeLink node={info.row.original.network} onSelect={onSelect} />,
      }),
      column.accessor((row) => vocab.networkType[row.networkType], { id: 'type', header: text.networkType }),
      column.accessor(
        (row) =>
          [
            row.directs ? text.directs : undefined,
            row.role !== undefined && !(row.directs && row.role === 'regisseur') ? vocab.role[row.role] : undefined,
            row.covered ? text.coveredArea : undefined,
          ]
            .filter((part) => part !== undefined)
            .join(', '),
        { id: 'own', header: text.ownPlace },
      ),
      column.accessor((row) => (row.governanceModel ? (row.governanceModelDate ?? '') : '-'), {
        id: 'beheersmodel',
        header: text.beheersmodel,
        cell: (info) => {
          const { governanceModel, governanceModelDate } = info.row.original;
          if (!governanceModel) return text.beheersmodelNo;
          return governanceModelDate ? text.beheersmodelSince(governanceModelDate) : text.beheersmodelYes;
        },
      }),
      column.accessor('partnerCount', { header: text.partnerCount, cell: (info) => formatNumber(info.getValue()) }),
    ],
    [text, vocab, formatNumber, onSelect],
  );
  const table = useSortedTable(networks, columns, (row) => row.network.id, { pageSize: 50 });
  return (
    <section className="profile-section" aria-labelledby="profile-networks" data-testid="profile-networks">
      <h3 id="profile-networks" className="profile-section__title">
        {text.networksTitle}
      </h3>
      <div className="profile-table">
        <DataTable
          table={table}
          caption={text.networksCaption}
          selectedId={selectedId}
          rowId={(row) => row.network.id}
          onActivate={(row) => onSelect(row.network.id)}
          rowTestId="profile-network-row"
        />
      </div>
    </section>
  );
}
