// A validated dataset in the shape of the import format (docs/import-format.md): bare ids, one array per file.
import type {
  FundingKind,
  LegalForm,
  MembershipRole,
  NetworkType,
  OfferFunction,
  Region,
  Sector,
} from './vocabulary';
import type { DatasetManifest } from './dataset.schema';

export interface MunicipalityRow {
  nis: string;
  name: string;
  province?: string;
  region?: Region;
  population?: number;
  children_0_3?: number;
  children_3_12?: number;
}

export interface AdjacencyRow {
  nis_a: string;
  nis_b: string;
}

export interface ZoneRow {
  id: string;
  name: string;
}

export interface ZoneMemberRow {
  zone_id: string;
  nis: string;
}

export interface OrganisationRow {
  id: string;
  name: string;
  legal_form: LegalForm;
  sector: Sector;
  operated_by_nis?: string;
}

export interface NetworkRow {
  id: string;
  type: NetworkType;
  name: string;
  directed_by_nis?: string;
  zone_id?: string;
  governance_model: boolean;
  governance_model_date?: string;
}

export interface NetworkCoverageRow {
  network_id: string;
  nis: string;
}

export interface MembershipRow {
  network_id: string;
  /** Prefixed: `org:<slug>` or `nis:<5 digits>`. */
  member_id: string;
  role: MembershipRole;
  sector?: Sector;
}

export interface OfferRow {
  id: string;
  org_id: string;
  function: OfferFunction;
  nis: string;
  capacity?: number;
  name?: string;
}

export interface OfferServesRow {
  offer_id: string;
  nis: string;
}

export interface FundingRow {
  nis: string;
  org_id: string;
  year: number;
  amount: number;
  kind?: FundingKind;
}

/** Optional description of a dataset (`manifest.json` beside the CSV files, or `manifest` in the JSON document). */
export type { DatasetManifest } from './dataset.schema';

export interface Dataset {
  manifest?: DatasetManifest;
  municipalities: MunicipalityRow[];
  adjacency: AdjacencyRow[];
  zones: ZoneRow[];
  zone_members: ZoneMemberRow[];
  organisations: OrganisationRow[];
  networks: NetworkRow[];
  network_coverage: NetworkCoverageRow[];
  memberships: MembershipRow[];
  offers: OfferRow[];
  offer_serves: OfferServesRow[];
  funding: FundingRow[];
}

export const DATASET_TABLES = [
  'municipalities',
  'adjacency',
  'zones',
  'zone_members',
  'organisations',
  'networks',
  'network_coverage',
  'memberships',
  'offers',
  'offer_serves',
  'funding',
] as const satisfies readonly (keyof Dataset)[];
export type DatasetTable = (typeof DATASET_TABLES)[number];

export function emptyDataset(): Dataset {
  return {
    municipalities: [],
    adjacency: [],
    zones: [],
    zone_members: [],
    organisations: [],
    networks: [],
    network_coverage: [],
    memberships: [],
    offers: [],
    offer_serves: [],
    funding: [],
  };
}

/** Rows in the whole dataset: the unit of import speed. */
export function datasetRowCount(dataset: Dataset): number {
  return DATASET_TABLES.reduce((sum, table) => sum + dataset[table].length, 0);
}
