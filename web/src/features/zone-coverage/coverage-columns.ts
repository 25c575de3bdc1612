// What the coverage view shows per municipality, and the same columns as CSV for the download.
import type { MunicipalityCoverage, Reach } from '@knooppunt/server/domain/coverage';
import { FUNCTIONS, NETWORK_TYPES, type NetworkType, type OfferFunction } from '@knooppunt/server/domain/vocabulary';
import type { Messages } from '../../lib/i18n/messages-nl';
import type { VocabularyNames } from '../../lib/i18n/vocabulary-names';
import type { CsvColumn } from '../../lib/csv-download';

/** Always shown, in the order a coordinator thinks of them: a 'none' here is a gap. */
const CORE_NETWORK_TYPES: readonly NetworkType[] = ['HUIS_VAN_HET_KIND', 'LOK', 'BOA', 'GBO', 'SOCIAAL_HUIS'];
/**
 * Shown only where some municipality has one: zorgzame buurten are optional. Other networks
 * (intermunicipal bodies and the like) stay in the CSV only; on screen they would bury the social networks.
 */
const OPTIONAL_NETWORK_TYPES: readonly NetworkType[] = ['ZORGZAME_BUURT'];
/**
 * A zorgraad sits with its zone (COUNCIL_OF) and covers no municipality, so a coverage column for it
 * would be empty in every row: the zone dashboard shows who sits in it.
 */
const NOT_COVERING: ReadonlySet<NetworkType> = new Set(['ZORGRAAD']);

export function shownNetworkTypes(rows: readonly MunicipalityCoverage[]): NetworkType[] {
  const present = OPTIONAL_NETWORK_TYPES.filter((type) => rows.some((row) => (row.networks[type] ?? []).length > 0));
  return [...CORE_NETWORK_TYPES, ...present];
}

export type ChildcareLevel = 'unknown' | 'below-half' | 'below' | 'met';

/** Against the threshold childcarePer100: below half of it, below it, or at or above it. */
export function childcareLevel(per100: number | undefined, threshold: number): ChildcareLevel {
  if (per100 === undefined) return 'unknown';
  if (per100 < threshold / 2) return 'below-half';
  return per100 < threshold ? 'below' : 'met';
}

export function reachOf(row: MunicipalityCoverage, fn: OfferFunction): Reach {
  return row.reach[fn] ?? 'none';
}

/** Every column, every network type and every function, whatever the screen shows. */
export function coverageCsvColumns(
  t: Messages,
  vocab: VocabularyNames,
  zoneName: (zoneId: string) => string,
): CsvColumn<MunicipalityCoverage>[] {
  return [
    { header: t.coverageCsvNis, value: (row) => row.municipality.nis },
    { header: vocab.label.Municipality, value: (row) => row.municipality.name },
    { header: vocab.labelPlural.Zone, value: (row) => row.zones.map(zoneName).join('; ') },
    ...NETWORK_TYPES.filter((type) => !NOT_COVERING.has(type)).map((type) => ({
      header: vocab.networkType[type],
      value: (row: MunicipalityCoverage) => (row.networks[type] ?? []).map((network) => network.name).join('; '),
    })),
    ...FUNCTIONS.map((fn) => ({
      header: t.coverageCsvReach(vocab.function[fn]),
      value: (row: MunicipalityCoverage) => vocab.reach[reachOf(row, fn)],
    })),
    { header: t.coverageCsvPlaces, value: (row) => row.childcare.places },
    { header: vocab.property.children0to3, value: (row) => row.childcare.children0to3 },
    { header: t.coverageCsvPer100, value: (row) => row.childcare.per100 },
  ];
}
