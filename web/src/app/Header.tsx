// The header: name, zone picker, search and language switch.
import type { SearchHit } from '@knooppunt/server/domain/api';
import { useMemo } from 'react';
import { SearchBox } from '../features/search/SearchBox';
import { useZones } from '../features/zones/api/get-zones';
import { useOverviewText } from '../features/graph/overview/overview-text';
import { ZonePicker } from '../features/zones/ZonePicker';
import { WHOLE_GRAPH } from '../lib/explorer-state';
import type { Lang } from '../lib/i18n/lang';
import { useI18n } from '../lib/i18n/i18n';
import { LangSwitch } from './LangSwitch';

export interface HeaderProps {
  zoneId: string | undefined;
  onZoneChange: (zoneId: string) => void;
  onSearchChoose: (hit: SearchHit) => void;
  onLangChange: (lang: Lang) => void;
}

export function Header({ zoneId, onZoneChange, onSearchChoose, onLangChange }: HeaderProps) {
  const { t } = useI18n();
  const zones = useZones();
  const overview = useOverviewText();
  const zoneName = useMemo(() => {
    const names = new Map((zones.data ?? []).map((zone) => [zone.id, zone.name]));
    return (zoneId: string) => names.get(zoneId) ?? zoneId;
  }, [zones.data]);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="brand">
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <path d="M16 16L5 6M16 16l11-8M16 16l8 11" stroke="#9db6cf" strokeWidth="2" />
          <circle cx="16" cy="16" r="6.5" fill="#2f5d8a" />
          <circle cx="5" cy="6" r="3" fill="#e08a2c" />
          <circle cx="27" cy="8" r="3" fill="#3f9e6e" />
          <circle cx="24" cy="27" r="3" fill="#b5485d" />
        </svg>
        <div>
          <h1>{t.appName}</h1>
          <p>{t.tagline}</p>
        </div>
      </div>
      <ZonePicker zoneId={zoneId} onChange={onZoneChange} extraOption={{ value: WHOLE_GRAPH, label: overview.option }} />
      <SearchBox onChoose={onSearchChoose} zoneName={zoneName} />
      <LangSwitch onChange={onLangChange} />
    </header>
  );
}
