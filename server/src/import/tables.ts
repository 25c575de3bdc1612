// The columns of every file of the import format (docs/import-format.md), typed against the Dataset rows so a
// column the rows gain or lose fails to compile here rather than silently at import time.
import { DATASET_TABLES, type Dataset, type DatasetTable } from '../domain/dataset';
import {
  FUNCTIONS,
  FUNDING_KINDS,
  LEGAL_FORMS,
  NETWORK_TYPES,
  REGIONS,
  ROLES,
  SECTORS,
} from '../domain/vocabulary';
import {
  enumParser,
  parseAmount,
  parseBoolean,
  parseCount,
  parseIsoDate,
  parseMemberId,
  parseNis,
  parseSlug,
  parseText,
  parseYear,
  type CellParser,
} from './cells';

export type RowOf<T extends DatasetTable> = Dataset[T][number];

export interface ColumnSpec<T> {
  readonly required: boolean;
  readonly parse: CellParser<T>;
  /** The value of an empty cell (or an absent column) of an optional column; without it the field is left out. */
  readonly whenEmpty?: T;
  /**
   * A reference column: a few thousand values repeat over up to millions of rows, so each distinct value
   * is parsed once per import and every row shares one string.
   */
  readonly repeats?: boolean;
}

type TableColumns<Row> = { readonly [K in keyof Row]-?: ColumnSpec<Exclude<Row[K], undefined>> };

type TableSpecs = { readonly [T in DatasetTable]: TableColumns<RowOf<T>> };

const required = <T>(parse: CellParser<T>): ColumnSpec<T> => ({ required: true, parse });
const optional = <T>(parse: CellParser<T>, whenEmpty?: T): ColumnSpec<T> =>
  whenEmpty === undefined ? { required: false, parse } : { required: false, parse, whenEmpty };

const reference = <T>(column: ColumnSpec<T>): ColumnSpec<T> => ({ ...column, repeats: true });

const sector = enumParser(SECTORS, 'sector');

/** Columns in the order docs/import-format.md lists them; messages that list the expected columns use this order. */
export const TABLE_COLUMNS: TableSpecs = {
  municipalities: {
    nis: required(parseNis),
    name: required(parseText),
    province: optional(parseText),
    region: optional(enumParser(REGIONS, 'region')),
    population: optional(parseCount),
    children_0_3: optional(parseCount),
    children_3_12: optional(parseCount),
  },
  adjacency: { nis_a: reference(required(parseNis)), nis_b: reference(required(parseNis)) },
  zones: { id: required(parseSlug), name: required(parseText) },
  zone_members: { zone_id: reference(required(parseSlug)), nis: reference(required(parseNis)) },
  organisations: {
    id: required(parseSlug),
    name: required(parseText),
    legal_form: required(enumParser(LEGAL_FORMS, 'legal form')),
    sector: required(sector),
    operated_by_nis: reference(optional(parseNis)),
  },
  networks: {
    id: required(parseSlug),
    type: required(enumParser(NETWORK_TYPES, 'network type')),
    name: required(parseText),
    directed_by_nis: reference(optional(parseNis)),
    zone_id: reference(optional(parseSlug)),
    // docs/rules.md: an empty governance_model means no beheersmodel is recorded.
    governance_model: optional(parseBoolean, false),
    governance_model_date: optional(parseIsoDate),
  },
  network_coverage: { network_id: reference(required(parseSlug)), nis: reference(required(parseNis)) },
  memberships: {
    network_id: reference(required(parseSlug)),
    member_id: reference(required(parseMemberId)),
    role: required(enumParser(ROLES, 'role')),
    sector: optional(sector),
  },
  offers: {
    id: required(parseSlug),
    org_id: reference(required(parseSlug)),
    function: required(enumParser(FUNCTIONS, 'function')),
    nis: reference(required(parseNis)),
    capacity: optional(parseCount),
    name: optional(parseText),
  },
  offer_serves: { offer_id: reference(required(parseSlug)), nis: reference(required(parseNis)) },
  funding: {
    nis: reference(required(parseNis)),
    org_id: reference(required(parseSlug)),
    year: required(parseYear),
    amount: required(parseAmount),
    kind: optional(enumParser(FUNDING_KINDS, 'funding kind')),
  },
};

export const csvFileName = (table: DatasetTable): string => `${table}.csv`;

const TABLE_BY_CSV_FILE = new Map<string, DatasetTable>(DATASET_TABLES.map((table) => [csvFileName(table), table]));

export const tableOfCsvFile = (file: string): DatasetTable | undefined => TABLE_BY_CSV_FILE.get(file);

export const CSV_FILE_NAMES: readonly string[] = DATASET_TABLES.map(csvFileName);

export const isDatasetTable = (name: string): name is DatasetTable => (DATASET_TABLES as readonly string[]).includes(name);
