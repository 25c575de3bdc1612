// fast-check arbitraries for property tests: small random datasets in the import format that are valid by
// construction, and random rule parameters. Lives in the server package because fast-check is a dependency of
// the server only; tests/ reaches both this and fast-check itself (`fc`) through @knooppunt/server/testing.
import fc from 'fast-check';
import type {
  AdjacencyRow,
  Dataset,
  FundingRow,
  MembershipRow,
  MunicipalityRow,
  NetworkRow,
  OfferRow,
  OrganisationRow,
} from '../domain/dataset';
import type { RuleParameters } from '../domain/findings';
import {
  FUNCTIONS,
  FUNDING_KINDS,
  LEGAL_FORMS,
  NETWORK_TYPES,
  REGIONS,
  ROLES,
  SECTORS,
  type FundingKind,
  type LegalForm,
  type MembershipRole,
  type NetworkType,
  type OfferFunction,
  type Region,
  type Sector,
} from '../domain/vocabulary';

export { fc };

/**
 * References are drawn as plain natural numbers and resolved modulo the size of the table they point into,
 * so every reference is valid whatever fast-check shrinks, and shrinking moves references towards the first row.
 */
type Ref = number;
const ref = fc.nat({ max: 15 });
const pair = fc.tuple(ref, ref);

/** Children aged 0-3: often missing, 0, or a multiple of 100 so that places per 100 hit the thresholds exactly. */
const children = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }).map((hundreds) => hundreds * 100)), { nil: undefined });

/** Places: missing, 0, multiples of 11 (33 and 66 per 100 children), or anything small. */
const capacity = fc.option(
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }).map((elevens) => elevens * 11), fc.integer({ min: 1, max: 120 })),
  { nil: undefined },
);

/** Euro amounts: round hundreds, or with cents (sums of cents are where floating point would show). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((hundreds) => hundreds * 100),
  fc.integer({ min: 1, max: 5_000_000 }).map((cents) => cents / 100),
);

const municipalityBlueprint = fc.record({
  children,
  population: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  region: fc.option(fc.constantFrom<Region>(...REGIONS), { nil: undefined }),
});

const networkBlueprint = fc.record({
  type: fc.constantFrom<NetworkType>(...NETWORK_TYPES),
  coverage: fc.array(ref, { maxLength: 5 }),
  director: fc.option(ref, { nil: undefined }),
  zone: fc.option(ref, { nil: undefined, freq: 4 }),
  governanceModel: fc.boolean(),
  governanceModelDate: fc.option(fc.constantFrom('2023-01-15', '2024-03-01', '2025-06-30'), { nil: undefined }),
});

const organisationBlueprint = fc.record({
  legalForm: fc.constantFrom<LegalForm>(...LEGAL_FORMS),
  sector: fc.constantFrom<Sector>(...SECTORS),
  operator: fc.option(ref, { nil: undefined }),
});

const membershipBlueprint = fc.record({
  network: ref,
  memberIsOrganisation: fc.boolean(),
  member: ref,
  role: fc.constantFrom<MembershipRole>(...ROLES),
  sector: fc.option(fc.constantFrom<Sector>(...SECTORS), { nil: undefined, freq: 3 }),
});

/** Childcare and out-of-school care more often than the rest, so that offers of one domain meet in one municipality. */
const offerFunction = fc.oneof(
  { arbitrary: fc.constantFrom<OfferFunction>('kinderopvang_baby_peuter', 'buitenschoolse_opvang'), weight: 1 },
  { arbitrary: fc.constantFrom<OfferFunction>(...FUNCTIONS), weight: 2 },
);

const offerBlueprint = fc.record({
  organisation: ref,
  function: offerFunction,
  municipality: ref,
  /** Placed where the organisation's operator is (the own offer of a municipality), when it has one. */
  atOperator: fc.boolean(),
  capacity,
  named: fc.boolean(),
});

const fundingBlueprint = fc.record({
  municipality: ref,
  /** Paid by the organisation's operator (a municipality funding its own organisation), when it has one. */
  byOperator: fc.boolean(),
  organisation: ref,
  year: fc.integer({ min: 2023, max: 2025 }),
  amount,
  kind: fc.option(fc.constantFrom<FundingKind>(...FUNDING_KINDS), { nil: undefined }),
});

const blueprint = fc.record({
  municipalities: fc.array(municipalityBlueprint, { minLength: 2, maxLength: 8 }),
  adjacency: fc.array(pair, { maxLength: 12 }),
  zoneCount: fc.integer({ min: 0, max: 3 }),
  zoneMembers: fc.array(pair, { maxLength: 10 }),
  networks: fc.array(networkBlueprint, { maxLength: 10 }),
  organisations: fc.array(organisationBlueprint, { maxLength: 8 }),
  memberships: fc.array(membershipBlueprint, { maxLength: 24 }),
  offers: fc.array(offerBlueprint, { maxLength: 14 }),
  offerServes: fc.array(pair, { maxLength: 8 }),
  funding: fc.array(fundingBlueprint, { maxLength: 12 }),
});
type Blueprint = typeof blueprint extends fc.Arbitrary<infer T> ? T : never;

/** Keeps the first row of every key: the import refuses a repeated pair. */
function uniqueBy<Row>(rows: readonly Row[], key: (row: Row) => string): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const value = key(row);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

export const nisOf = (index: number): string => String(90001 + index);

/** The dataset a blueprint describes; optional cells are left out rather than set to undefined, as the importer does. */
function toDataset(plan: Blueprint): Dataset {
  const nis = (at: Ref): string => nisOf(at % plan.municipalities.length);
  const zoneId = (at: Ref): string => `zone-${at % plan.zoneCount}`;
  const organisationId = (at: Ref): string => `org-${at % plan.organisations.length}`;
  const networkId = (at: Ref): string => `net-${at % plan.networks.length}`;
  const operatorOr = (organisation: Ref, preferOperator: boolean, municipality: Ref): string => {
    const operator = plan.organisations[organisation % plan.organisations.length]?.operator;
    return nis(preferOperator && operator !== undefined ? operator : municipality);
  };

  const municipalities = plan.municipalities.map((row, index): MunicipalityRow => ({
    nis: nisOf(index),
    name: `Gemeente ${index}`,
    province: 'Testprovincie',
    ...(row.region === undefined ? {} : { region: row.region }),
    ...(row.population === undefined ? {} : { population: row.population }),
    ...(row.children === undefined ? {} : { children_0_3: row.children }),
  }));
  const adjacency = uniqueBy(
    plan.adjacency.map(([a, b]): AdjacencyRow => ({ nis_a: nis(a), nis_b: nis(b) })).filter((row) => row.nis_a !== row.nis_b),
    (row) => [row.nis_a, row.nis_b].sort().join(),
  );
  const zones = Array.from({ length: plan.zoneCount }, (_, index) => ({ id: `zone-${index}`, name: `Zone ${index}` }));
  const zoneMembers = plan.zoneCount === 0 ? [] : plan.zoneMembers.map(([zone, at]) => ({ zone_id: zoneId(zone), nis: nis(at) }));
  const organisations = plan.organisations.map((row, index): OrganisationRow => ({
    id: `org-${index}`,
    name: `Organisatie ${index}`,
    legal_form: row.legalForm,
    sector: row.sector,
    ...(row.operator === undefined ? {} : { operated_by_nis: nis(row.operator) }),
  }));
  const networks = plan.networks.map((row, index): NetworkRow => ({
    id: `net-${index}`,
    type: row.type,
    name: `Netwerk ${index}`,
    ...(row.director === undefined ? {} : { directed_by_nis: nis(row.director) }),
    ...(row.type === 'ZORGRAAD' && row.zone !== undefined && plan.zoneCount > 0 ? { zone_id: zoneId(row.zone) } : {}),
    governance_model: row.governanceModel,
    ...(row.governanceModelDate === undefined ? {} : { governance_model_date: row.governanceModelDate }),
  }));
  const coverage = plan.networks.flatMap((row, index) => row.coverage.map((at) => ({ network_id: `net-${index}`, nis: nis(at) })));
  const memberships =
    plan.networks.length === 0
      ? []
      : plan.memberships
          .filter((row) => !row.memberIsOrganisation || plan.organisations.length > 0)
          .map(
            (row): MembershipRow => ({
              network_id: networkId(row.network),
              member_id: row.memberIsOrganisation ? `org:${organisationId(row.member)}` : `nis:${nis(row.member)}`,
              role: row.role,
              ...(row.sector === undefined ? {} : { sector: row.sector }),
            }),
          );
  const offers =
    plan.organisations.length === 0
      ? []
      : plan.offers.map(
          (row, index): OfferRow => ({
            id: `offer-${index}`,
            org_id: organisationId(row.organisation),
            function: row.function,
            nis: operatorOr(row.organisation, row.atOperator, row.municipality),
            ...(row.capacity === undefined ? {} : { capacity: row.capacity }),
            ...(row.named ? { name: `Aanbod ${index}` } : {}),
          }),
        );
  const offerServes = offers.length === 0 ? [] : plan.offerServes.map(([offer, at]) => ({ offer_id: `offer-${offer % offers.length}`, nis: nis(at) }));
  const funding =
    plan.organisations.length === 0
      ? []
      : plan.funding.map(
          (row): FundingRow => ({
            nis: operatorOr(row.organisation, row.byOperator, row.municipality),
            org_id: organisationId(row.organisation),
            year: row.year,
            amount: row.amount,
            ...(row.kind === undefined ? {} : { kind: row.kind }),
          }),
        );
  return {
    municipalities,
    adjacency,
    zones,
    zone_members: uniqueBy(zoneMembers, (row) => `${row.zone_id} ${row.nis}`),
    organisations,
    networks,
    network_coverage: uniqueBy(coverage, (row) => `${row.network_id} ${row.nis}`),
    memberships: uniqueBy(memberships, (row) => `${row.network_id} ${row.member_id}`),
    offers,
    offer_serves: uniqueBy(offerServes, (row) => `${row.offer_id} ${row.nis}`),
    funding,
  };
}

/**
 * A valid dataset of 2-8 municipalities (NIS 90001…) with every table filled at random: adjacency, 0-3 zones,
 * networks of every type, organisations, memberships of municipalities and organisations, offers with or
 * without places, offers serving other municipalities, and several funding rows per pair over 2023-2025.
 */
export const datasetArbitrary: fc.Arbitrary<Dataset> = blueprint.map(toDataset);

/** Thresholds as a request could set them: other sectors and functions, strict edges, one year of funding. */
export const ruleParametersArbitrary: fc.Arbitrary<RuleParameters> = fc
  .record({
    zorgraadSectors: fc.subarray([...SECTORS]),
    childcarePer100: fc.oneof(fc.constantFrom(0, 16.5, 33, 50), fc.integer({ min: 0, max: 120 })),
    reachFunctions: fc.subarray([...FUNCTIONS]),
    forumLoad: fc.integer({ min: 1, max: 5 }),
    unequalRatio: fc.integer({ min: 0, max: 30 }).map((twentieths) => twentieths / 20),
    year: fc.option(fc.integer({ min: 2022, max: 2026 }), { nil: undefined }),
  })
  .map(({ year, ...parameters }) => (year === undefined ? parameters : { ...parameters, year }));
