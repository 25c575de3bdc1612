// The organisations and municipalities the municipality works with, their roles in its networks, their
// offers in it and what it pays them.
import type { ProfilePartner } from '@knooppunt/server/domain/municipality-profile';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import type { VocabularyNames } from '../../lib/i18n/vocabulary-names';
import { formatEuro } from './profile-format';
import { useProfileText, type MunicipalityProfileText } from './municipality-profile-text';
import { NodeLink } from './NodeLink';
import { useSortedTable } from '../../lib/use-sorted-table';

const column = createColumnHelper<ProfilePartner>();

/** "BOA-netwerk Niel: actor (vrije tijd)" per network, as one readable line. */
function rolesText(partner: ProfilePartner, text: MunicipalityProfileText, vocab: VocabularyNames): string {
  return partner.networks
    .map((place) => {
      const what = [place.directs ? text.directs : undefined, place.role !== undefined ? vocab.role[place.role] : undefined, place.covered ? text.covered : undefined]
        .filter((part) => part !== undefined)
        .join(', ');
      // The seat only says something where it differs from what the partner is anyway.
      const usual = partner.sector ?? (partner.partner.label === 'Municipality' ? 'lokaal_bestuur' : undefined);
      const seat = place.seat !== undefined && place.seat !== usual ? ` (${vocab.sector[place.seat]})` : '';
      return `${place.network.name}: ${what}${seat}`;
    })
    .join('; ');
}

export function PartnersTable({ partners, selectedId, onSelect }: { partners: ProfilePartner[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const text = useProfileText();
  const { vocab, lang, formatNumber } = useI18n();
  const columns = useMemo(
    () => [
      column.accessor((row) => row.partner.name, {
        id: 'partner',
        header: text.partner,
        cell: (info) => (
          <>
            <NodeLink node={info.row.original.partner} onSelect={onSelect} />
            {info.row.original.operated && <span className="profile-tag">{text.operated}</span>}
          </>
        ),
      }),
      column.accessor((row) => (row.sector !== undefined ? vocab.sector[row.sector] : vocab.label[row.partner.label]), { id: 'sector', header: text.sector }),
      column.accessor((row) => rolesText(row, text, vocab), { id: 'roles', header: text.roles }),
      column.accessor((row) => row.offers.length, {
        id: 'offers',
        header: text.offers,
        sortDescFirst: true,
        cell: (info) => (info.getValue() === 0 ? '' : formatNumber(info.getValue())),
      }),
      column.accessor('funding', {
        header: text.funding,
        sortDescFirst: true,
        cell: (info) => (info.getValue() === 0 ? '' : formatEuro(info.getValue(), lang)),
      }),
    ],
    [text, vocab, lang, formatNumber, onSelect],
  );
  const table = useSortedTable(partners, columns, (row) => row.partner.id, { pageSize: 50 });
  return (
    <section className="profile-section" aria-labelledby="profile-partners" data-testid="profile-partners">
      <h3 id="profile-partners" className="profile-section__title">
        {text.partnersTitle}
      </h3>
      <div className="profile-table profile-table--tall">
        <DataTable
          table={table}
          caption={text.partnersCaption(partners.length)}
          selectedId={selectedId}
          rowId={(row) => row.partner.id}
          onActivate={(row) => onSelect(row.partner.id)}
          rowTestId="profile-partner-row"
        />
      </div>
    </section>
  );
}
