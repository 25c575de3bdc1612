// Number formats of the profile: euro amounts and per-100 ratios in the reader's locale.
import { LANG_TAG, type Lang } from '../../lib/i18n/lang';

const euroFormats = new Map<Lang, Intl.NumberFormat>();

export function formatEuro(amount: number, lang: Lang): string {
  let format = euroFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(LANG_TAG[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    euroFormats.set(lang, format);
  }
  return format.format(amount);
}
