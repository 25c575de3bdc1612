// Parts of a generated dataset that stay whole: every relationship's ends are kept.
import type { Dataset } from '@knooppunt/server/domain/dataset';

/** The first `count` provinces (by name) of a dataset, with the rows that belong to their municipalities. */
export function provincesOf(dataset: Dataset, count: number): Dataset {
  const provinces = [...new Set(dataset.municipalities.map((row) => row.province ?? ''))].sort().slice(0, count);
  return municipalitiesOf(dataset, dataset.municipalities.filter((row) => provinces.includes(row.province ?? '')).map((row) => row.nis));
}

/** The municipalities with these NIS codes, with the rows that belong to them. */
export function municipalitiesOf(dataset: Dataset, nisCodes: readonly string[]): Dataset {
  const wanted = new Set(nisCodes);
  const municipalities = dataset.municipalities.filter((row) => wanted.has(row.nis));
  const nis = new Set(municipalities.map((row) => row.nis));
  const offers = dataset.offers.filter((row) => nis.has(row.nis));
  const organisationIds = new Set([
    ...offers.map((row) => row.org_id),
    ...dataset.organisations.filter((row) => row.operated_by_nis !== undefined && nis.has(row.operated_by_nis)).map((row) => row.id),
  ]);
  const offerIds = new Set(offers.map((row) => row.id));
  const kept = (member: string) => (member.startsWith('nis:') ? nis.has(member.slice(4)) : organisationIds.has(member.slice(4)));
  return {
    municipalities,
    adjacency: dataset.adjacency.filter((row) => nis.has(row.nis_a) && nis.has(row.nis_b)),
    zones: dataset.zones,
    zone_members: dataset.zone_members.filter((row) => nis.has(row.nis)),
    organisations: dataset.organisations
      .filter((row) => organisationIds.has(row.id))
      .map(({ operated_by_nis, ...row }) => (operated_by_nis !== undefined && nis.has(operated_by_nis) ? { ...row, operated_by_nis } : row)),
    networks: dataset.networks.map(({ directed_by_nis, ...row }) => (directed_by_nis !== undefined && nis.has(directed_by_nis) ? { ...row, directed_by_nis } : row)),
    network_coverage: dataset.network_coverage.filter((row) => nis.has(row.nis)),
    memberships: dataset.memberships.filter((row) => kept(row.member_id)),
    offers,
    offer_serves: dataset.offer_serves.filter((row) => offerIds.has(row.offer_id) && nis.has(row.nis)),
    funding: dataset.funding.filter((row) => nis.has(row.nis) && organisationIds.has(row.org_id)),
  };
}
