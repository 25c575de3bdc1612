// What a municipality pays organisations (FUNDS), per year, kind and organisation, and what share goes to
// organisations it runs itself: the money side of gelijk speelveld.
import type { ProfileFunding, ProfileFundingRow } from '../../domain/municipality-profile';
import { FUNDING_KINDS, type FundingKind } from '../../domain/vocabulary';
import { round2 } from '../rules/municipal-funding';
import { byName, type ProfileIndex } from './profile-facts';

export function funding(index: ProfileIndex): ProfileFunding {
  const municipality = index.municipality.id;
  const operated = new Set(index.own.filter((r) => r.type === 'OPERATES').map((r) => r.to));
  // A FUNDS relationship is one year and kind (rows repeating both were added up on import), so it is one row here.
  const rows: ProfileFundingRow[] = [];
  for (const relationship of index.own) {
    if (relationship.type !== 'FUNDS' || relationship.from !== municipality) continue;
    const node = index.node(relationship.to);
    const { year, amount, kind } = relationship.properties;
    rows.push({
      year,
      ...(kind !== undefined ? { kind } : {}),
      organisation: index.summary(relationship.to),
      ...(node?.label === 'Organisation' ? { sector: node.properties.sector, legalForm: node.properties.legalForm } : {}),
      operated: operated.has(relationship.to),
      amount,
    });
  }
  const kindOrder = (kind: FundingKind | undefined) => (kind === undefined ? FUNDING_KINDS.length : FUNDING_KINDS.indexOf(kind));
  rows.sort((a, b) => a.year - b.year || byName(a.organisation, b.organisation) || kindOrder(a.kind) - kindOrder(b.kind));

  const years = new Map<number, { year: number; total: number; operated: number; others: number }>();
  const kinds = new Map<FundingKind | null, number>();
  const organisations = new Map<string, { organisation: ProfileFundingRow['organisation']; operated: boolean; total: number }>();
  for (const row of rows) {
    const year = years.get(row.year) ?? { year: row.year, total: 0, operated: 0, others: 0 };
    year.total += row.amount;
    if (row.operated) year.operated += row.amount;
    else year.others += row.amount;
    years.set(row.year, year);
    kinds.set(row.kind ?? null, (kinds.get(row.kind ?? null) ?? 0) + row.amount);
    const organisation = organisations.get(row.organisation.id) ?? { organisation: row.organisation, operated: row.operated, total: 0 };
    organisation.total += row.amount;
    organisations.set(row.organisation.id, organisation);
  }

  return {
    rows,
    byYear: [...years.values()]
      .sort((a, b) => a.year - b.year)
      .map((year) => ({ year: year.year, total: round2(year.total), operated: round2(year.operated), others: round2(year.others) })),
    byKind: [...FUNDING_KINDS, null]
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({ kind, total: round2(kinds.get(kind) ?? 0) })),
    byOrganisation: [...organisations.values()]
      .map((organisation) => ({ ...organisation, total: round2(organisation.total) }))
      .sort((a, b) => b.total - a.total || byName(a.organisation, b.organisation)),
    total: round2(rows.reduce((sum, row) => sum + row.amount, 0)),
  };
}
