// The eerstelijnszone picker in the header.
import { useI18n } from '../../lib/i18n/i18n';
import { useZones } from './api/get-zones';

export interface ZonePickerProps {
  zoneId: string | undefined;
  onChange: (zoneId: string) => void;
  /** A choice above the zones (the whole graph), with the value it reports. */
  extraOption?: { value: string; label: string };
}

export function ZonePicker({ zoneId, onChange, extraOption }: ZonePickerProps) {
  const { t } = useI18n();
  const zones = useZones();
  const list = zones.data ?? [];
  const known = zoneId === undefined || zoneId === extraOption?.value || list.some((zone) => zone.id === zoneId);
  return (
    <label className="field field--inline">
      <span className="field__label">{t.zonePickerLabel}</span>
      <select
        data-testid="zone-picker"
        value={zoneId ?? ''}
        disabled={zones.isPending}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      >
        <option value="" disabled>
          {t.zonePickerPlaceholder}
        </option>
        {extraOption && <option value={extraOption.value}>{extraOption.label}</option>}
        {!known && zoneId && <option value={zoneId}>{zones.isPending ? t.zonesLoading : t.zoneUnknown}</option>}
        {list.map((zone) => (
          <option key={zone.id} value={zone.id}>
            {zone.name} ({t.zoneMunicipalityCount(zone.municipalityCount)}
            {zone.hasZorgraad ? '' : `, ${t.zoneNoZorgraad}`})
          </option>
        ))}
      </select>
    </label>
  );
}
