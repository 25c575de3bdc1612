// Count and noun in one language's plural rules (Intl.PluralRules), so no message needs its own `=== 1 ?`.
import { LANG_TAG, type Lang } from './lang';

const RULES: Record<Lang, Intl.PluralRules> = { nl: new Intl.PluralRules(LANG_TAG.nl), en: new Intl.PluralRules(LANG_TAG.en) };

/** "1 gemeente", "3 gemeenten". */
export function plural(lang: Lang, count: number, one: string, other: string): string {
  return `${count} ${RULES[lang].select(count) === 'one' ? one : other}`;
}
