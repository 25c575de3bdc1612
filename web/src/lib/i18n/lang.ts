// The interface languages: Dutch (Belgium) first, English second.
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** The BCP 47 tag for `<html lang>` and Intl formatting. */
export const LANG_TAG: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB' };

const countFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A count in the language's digits ("1.240" in Dutch). One formatter per language for the page's life: making
 * one costs far more than formatting, and a big view names a hundred groups by their count.
 */
export function formatCount(lang: Lang, value: number): string {
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LANG_TAG[lang]);
    countFormats.set(lang, format);
  }
  return format.format(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

const STORAGE_KEY = 'knooppunt.lang';

export function storedLang(): Lang | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the URL still carries the choice.
  }
}
