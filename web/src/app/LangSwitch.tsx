// Switches the interface language; the choice lives in the URL and in localStorage.
import { LANGS, type Lang } from '../lib/i18n/lang';
import { useI18n } from '../lib/i18n/i18n';

export function LangSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t.langSwitchLabel} data-testid="lang-switch">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'nl' ? 'nl-BE' : 'en'}
          aria-pressed={option === lang}
          title={t.langName[option]}
          data-lang={option}
          onClick={() => onChange(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
