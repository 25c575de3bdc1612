// Rules that span rows and files: ids are unique, every reference names a row of the dataset itself,
// and relationship files do not repeat a pair (docs/import-format.md). References resolve to ordinals (row
// numbers in the target table), so the pair check works on integers, not on joined strings.
import type { DatasetTable } from '../domain/dataset';
import type { ImportError } from '../domain/import-error';
import { PairSet } from './pair-set';
import type { ImportProgress } from './parse-options';
import { placeOf, type ParsedTable, type ParsedTables } from './rows';

type StringKeys<Row> = { [K in keyof Row]-?: NonNullable<Row[K]> extends string ? K : never }[keyof Row] & string;

/** Ordinal of a cell with no usable value: empty, malformed (already reported) or an unknown reference (reported here). */
const NO_ORDINAL = -1;
/** Ordinal of a reference into a table that lost rows: it may be in one of them, so it is neither judged nor paired. */
const UNJUDGED = -2;

/** The ids a reference column may name. */
interface IdLookup {
  /** The row of `id` in its table, NO_ORDINAL when absent, UNJUDGED when that cannot be told. */
  ordinal(id: string): number;
  noun(id: string): string;
}

class TableIds implements IdLookup {
  readonly ordinals = new Map<string, number>();

  constructor(
    private readonly table: ParsedTable<unknown>,
    private readonly name: string,
  ) {}

  /** Ordinals are row numbers, so they stay below this. */
  get rowCount(): number {
    return this.table.rows.length;
  }

  ordinal(id: string): number {
    return this.ordinals.get(id) ?? (this.table.complete ? NO_ORDINAL : UNJUDGED);
  }

  noun(): string {
    return this.name;
  }
}

/** `member_id` names an organisation or a municipality by prefix; municipalities number after organisations. */
class MemberIds implements IdLookup {
  constructor(
    private readonly organisations: TableIds,
    private readonly municipalities: TableIds,
  ) {}

  ordinal(id: string): number {
    if (id.startsWith('org:')) return this.organisations.ordinal(id.slice(4));
    const ordinal = this.municipalities.ordinal(id.slice(4));
    return ordinal < 0 ? ordinal : this.organisations.rowCount + ordinal;
  }

  noun(id: string): string {
    return id.startsWith('org:') ? this.organisations.noun() : this.municipalities.noun();
  }
}

function indexIds<Row>(table: ParsedTable<Row>, key: StringKeys<Row>, noun: string, errors: ImportError[]): TableIds {
  const ids = new TableIds(table, noun);
  const { rows, lines } = table;
  for (let index = 0; index < rows.length; index++) {
    const id = rows[index]?.[key] as string | undefined;
    if (id === undefined) continue;
    const first = ids.ordinals.get(id);
    if (first === undefined) ids.ordinals.set(id, index);
    else {
      const message = `duplicate id "${id}" (first on line ${lines[first]})`;
      errors.push({ file: table.file, ...placeOf(table, index, key), message });
    }
  }
  return ids;
}

/** Reports every unknown reference in `column`; returns each row's ordinal for the pair check. */
function resolveColumn<Row>(
  table: ParsedTable<Row>,
  column: StringKeys<Row>,
  ids: IdLookup,
  errors: ImportError[],
): Int32Array {
  const { rows } = table;
  const ordinals = new Int32Array(rows.length).fill(NO_ORDINAL);
  for (let index = 0; index < rows.length; index++) {
    const value = rows[index]?.[column] as string | undefined;
    if (value === undefined) continue;
    const ordinal = ids.ordinal(value);
    ordinals[index] = ordinal;
    if (ordinal === NO_ORDINAL) {
      errors.push({ file: table.file, ...placeOf(table, index, column), message: `unknown ${ids.noun(value)} "${value}"` });
    }
  }
  return ordinals;
}

/**
 * A relationship file: both columns resolve, and a pair appears once. `unordered` pairs (adjacency) are
 * the same pair in either order, and may not join a municipality to itself.
 */
function checkRelationships<Row>(
  table: ParsedTable<Row>,
  [left, right]: readonly [StringKeys<Row>, StringKeys<Row>],
  [leftIds, rightIds]: readonly [IdLookup, IdLookup],
  unordered: boolean,
  errors: ImportError[],
): void {
  const lefts = resolveColumn(table, left, leftIds, errors);
  const rights = resolveColumn(table, right, rightIds, errors);
  const { rows, lines, file } = table;
  const pairs = new PairSet(rows.length);
  for (let index = 0; index < rows.length; index++) {
    let a = lefts[index] ?? NO_ORDINAL;
    let b = rights[index] ?? NO_ORDINAL;
    if (a < 0 || b < 0) continue;
    if (unordered && a === b) {
      const message = `a municipality cannot be adjacent to itself ("${rows[index]?.[right]}")`;
      errors.push({ file, ...placeOf(table, index, right), message });
      continue;
    }
    if (unordered && b < a) [a, b] = [b, a];
    const first = pairs.addOrGet(a, b, index);
    if (first >= 0) {
      const row = rows[index];
      const order = unordered ? ', in either order' : '';
      const pair = `${left} "${row?.[left]}", ${right} "${row?.[right]}"`;
      const message = `duplicate pair ${pair} (first on line ${lines[first]}${order})`;
      errors.push({ file, ...placeOf(table, index, right), message });
    }
  }
}

export function checkIntegrity(
  tables: ParsedTables,
  errors: ImportError[],
  onProgress: ((progress: ImportProgress) => void) | undefined,
): void {
  const done = (table: DatasetTable): void => {
    onProgress?.({ phase: 'validate', file: tables[table].file, rows: tables[table].rows.length });
  };

  const municipalities = indexIds(tables.municipalities, 'nis', 'municipality', errors);
  done('municipalities');
  checkRelationships(tables.adjacency, ['nis_a', 'nis_b'], [municipalities, municipalities], true, errors);
  done('adjacency');
  const zones = indexIds(tables.zones, 'id', 'zone', errors);
  done('zones');
  checkRelationships(tables.zone_members, ['zone_id', 'nis'], [zones, municipalities], false, errors);
  done('zone_members');
  const organisations = indexIds(tables.organisations, 'id', 'organisation', errors);
  resolveColumn(tables.organisations, 'operated_by_nis', municipalities, errors);
  done('organisations');
  const networks = indexIds(tables.networks, 'id', 'network', errors);
  resolveColumn(tables.networks, 'directed_by_nis', municipalities, errors);
  resolveColumn(tables.networks, 'zone_id', zones, errors);
  checkZorgraadZones(tables.networks, errors);
  done('networks');
  checkRelationships(tables.network_coverage, ['network_id', 'nis'], [networks, municipalities], false, errors);
  done('network_coverage');
  const members = new MemberIds(organisations, municipalities);
  checkRelationships(tables.memberships, ['network_id', 'member_id'], [networks, members], false, errors);
  done('memberships');
  const offers = indexIds(tables.offers, 'id', 'offer', errors);
  resolveColumn(tables.offers, 'org_id', organisations, errors);
  resolveColumn(tables.offers, 'nis', municipalities, errors);
  done('offers');
  checkRelationships(tables.offer_serves, ['offer_id', 'nis'], [offers, municipalities], false, errors);
  done('offer_serves');
  // Funding rows for one municipality and organisation are not duplicates: docs/import-format.md adds them up.
  resolveColumn(tables.funding, 'nis', municipalities, errors);
  resolveColumn(tables.funding, 'org_id', organisations, errors);
  done('funding');
}

/** Only a zorgraad is the council of a zone (COUNCIL_OF in docs/graph-model.md). */
function checkZorgraadZones(networks: ParsedTables['networks'], errors: ImportError[]): void {
  networks.rows.forEach((network, index) => {
    if (network.zone_id !== undefined && network.type !== undefined && network.type !== 'ZORGRAAD') {
      const message = `only a ZORGRAAD network has a zone (this network's type is ${network.type})`;
      errors.push({ file: networks.file, ...placeOf(networks, index, 'zone_id'), message });
    }
  });
}
