// The language context: components read their strings and vocabulary names through useI18n().
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatCount, type Lang } from './lang';
import { messagesEn } from './messages-en';
import { messagesNl, type Messages } from './messages-nl';
import { vocabularyEn } from './vocabulary-en';
import type { VocabularyNames } from './vocabulary-names';
import { vocabularyNl } from './vocabulary-nl';

export interface I18n {
  lang: Lang;
  t: Messages;
  vocab: VocabularyNames;
  formatNumber: (value: number) => string;
}

const MESSAGES: Record<Lang, Messages> = { nl: messagesNl, en: messagesEn };
const VOCABULARY: Record<Lang, VocabularyNames> = { nl: vocabularyNl, en: vocabularyEn };

function makeI18n(lang: Lang): I18n {
  return { lang, t: MESSAGES[lang], vocab: VOCABULARY[lang], formatNumber: (value) => formatCount(lang, value) };
}

const I18nContext = createContext<I18n>(makeI18n('nl'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
