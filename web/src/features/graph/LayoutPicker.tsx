// The choice of layout algorithm, including the geographic one.
import { LAYOUTS, type LayoutName } from '../../lib/explorer-state';
import { useI18n } from '../../lib/i18n/i18n';

export function LayoutPicker({ layout, onChange }: { layout: LayoutName; onChange: (layout: LayoutName) => void }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span className="field__label">{t.layoutLabel}</span>
      <select
        data-testid="layout-picker"
        value={layout}
        onChange={(event) => onChange(event.target.value as LayoutName)}
      >
        {LAYOUTS.map((name) => (
          <option key={name} value={name}>
            {t.layoutName[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
