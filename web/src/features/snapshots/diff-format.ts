// A changed property in words: its translated name, and values as people read them (vocabulary names,
// numbers in the current language, yes or no).
import type { PropertyChange } from '@knooppunt/server/domain/snapshot';
import type { I18n } from '../../lib/i18n/i18n';
import type { PropertyKey } from '../../lib/i18n/vocabulary-names';
import type { SnapshotsText } from './snapshots-text';

type Scalar = NonNullable<PropertyChange['before']>;

/** Properties whose values are vocabulary codes, with the names to show for them. */
function vocabularyOf(property: string, { vocab }: I18n): Readonly<Record<string, string>> | undefined {
  const tables: Record<string, Readonly<Record<string, string>>> = {
    sector: vocab.sector,
    legalForm: vocab.legalForm,
    function: vocab.function,
    role: vocab.role,
    kind: vocab.fundingKind,
    region: vocab.region,
    type: vocab.networkType,
    label: vocab.label,
  };
  return tables[property];
}

function valueText(property: string, value: Scalar | undefined, i18n: I18n, text: SnapshotsText): string {
  if (value === undefined) return text.absent;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  // A year is a name, not a quantity: no thousands separator.
  if (typeof value === 'number') return property === 'year' ? String(value) : i18n.formatNumber(value);
  return vocabularyOf(property, i18n)?.[value] ?? value;
}

export function changeText(change: PropertyChange, i18n: I18n, text: SnapshotsText): string {
  const name = i18n.vocab.property[change.property as PropertyKey] ?? change.property;
  return `${name}: ${valueText(change.property, change.before, i18n, text)} → ${valueText(change.property, change.after, i18n, text)}`;
}
