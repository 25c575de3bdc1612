// Count and noun in one language's plural rules (Intl.PluralRules), so no message needs its own `=== 1 ?`.
// In the domain so the server's messages (findings, import errors) and the web app's share it.

export type PluralLang = 'nl' | 'en';

const RULES: Record<PluralLang, Intl.PluralRules> = { nl: new Intl.PluralRules('nl-BE'), en: new Intl.PluralRules('en-GB') };

/** The word alone, for a message that puts the count elsewhere: "3 andere zones". */
export function pluralWord(lang: PluralLang, count: number, one: string, other: string): string {
  return RULES[lang].select(count) === 'one' ? one : other;
}

/** Count and word: "1 gemeente", "3 gemeenten", "0 gemeenten". */
export function plural(lang: PluralLang, count: number, one: string, other: string): string {
  return `${count} ${pluralWord(lang, count, one, other)}`;
}
