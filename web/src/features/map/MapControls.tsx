// What the map shows: the measure (with the childcare threshold), where it is zoomed to, which borders
// are drawn and which network's area is outlined.
import { FINDING_KINDS, RULE_IDS, SEVERITIES } from '@knooppunt/server/domain/findings';
import type { MapNetwork } from '@knooppunt/server/domain/map-overview';
import { NETWORK_TYPES } from '@knooppunt/server/domain/vocabulary';
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { measureName } from './measure-text';
import { parseMeasure, serialiseMeasure, type MapMeasure } from './map-measure';
import { useMapText } from './map-text';

export interface ZoomChoice {
  zone?: string;
  province?: string;
}

export interface MapControlsProps {
  measure: MapMeasure;
  onMeasureChange: (measure: MapMeasure) => void;
  threshold: number;
  onThresholdChange: (threshold: number) => void;
  zoom: ZoomChoice;
  provinces: readonly string[];
  zones: readonly { id: string; name: string }[];
  onZoom: (zoom: ZoomChoice) => void;
  showZoneBorders: boolean;
  onShowZoneBorders: (show: boolean) => void;
  showContinuity: boolean;
  onShowContinuity: (show: boolean) => void;
  networks: readonly MapNetwork[];
  networkId: string | undefined;
  onNetworkChange: (networkId: string | undefined) => void;
}

const zoomValue = ({ zone, province }: ZoomChoice) => (zone ? `zone|${zone}` : province ? `province|${province}` : '');

export function MapControls(props: MapControlsProps) {
  const text = useMapText();
  const { vocab } = useI18n();
  const ids = { measure: useId(), threshold: useId(), zoom: useId(), network: useId() };
  const option = (measure: MapMeasure) => (
    <option key={serialiseMeasure(measure)} value={serialiseMeasure(measure)}>
      {measureName(measure, text, vocab)}
    </option>
  );
  const networksByType = NETWORK_TYPES.map((type) => [type, props.networks.filter((network) => network.type === type)] as const).filter(([, list]) => list.length > 0);

  return (
    <div className="map-controls">
      <label htmlFor={ids.measure}>{text.measureLabel}</label>
      <select id={ids.measure} data-testid="map-measure" value={serialiseMeasure(props.measure)} onChange={(event) => props.onMeasureChange(parseMeasure(event.target.value))}>
        <optgroup label={text.measureGroups.findings}>
          {option({ type: 'findings', filter: {} })}
          {FINDING_KINDS.map((kind) => option({ type: 'findings', filter: { kind } }))}
          {SEVERITIES.map((severity) => option({ type: 'findings', filter: { severity } }))}
          {RULE_IDS.map((rule) => option({ type: 'findings', filter: { rule } }))}
        </optgroup>
        <optgroup label={text.measureGroups.coverage}>{NETWORK_TYPES.filter((type) => type !== 'OTHER').map((networkType) => option({ type: 'coverage', networkType }))}</optgroup>
        <optgroup label={text.measureGroups.other}>
          {option({ type: 'childcare' })}
          {option({ type: 'reach' })}
        </optgroup>
      </select>
      {props.measure.type === 'childcare' && (
        <>
          <label htmlFor={ids.threshold}>{text.thresholdLabel}</label>
          <input
            id={ids.threshold}
            type="number"
            min={1}
            max={200}
            step={1}
            value={props.threshold}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isFinite(value) && value > 0 && value <= 200) props.onThresholdChange(value);
            }}
          />
        </>
      )}

      <label htmlFor={ids.zoom}>{text.zoomLabel}</label>
      <select
        id={ids.zoom}
        data-testid="map-zoom"
        value={zoomValue(props.zoom)}
        onChange={(event) => {
          const [kind, value] = event.target.value.split('|', 2);
          props.onZoom(kind === 'zone' ? { zone: value } : kind === 'province' ? { province: value } : {});
        }}
      >
        <option value="">{text.wholeMap}</option>
        <optgroup label={text.provinces}>
          {props.provinces.map((province) => (
            <option key={province} value={`province|${province}`}>
              {province}
            </option>
          ))}
        </optgroup>
        <optgroup label={text.zones}>
          {props.zones.map((zone) => (
            <option key={zone.id} value={`zone|${zone.id}`}>
              {zone.name}
            </option>
          ))}
        </optgroup>
      </select>

      <fieldset className="map-borders">
        <legend>{text.bordersTitle}</legend>
        <label>
          <input type="checkbox" checked={props.showZoneBorders} onChange={(event) => props.onShowZoneBorders(event.target.checked)} />
          {text.showZoneBorders}
        </label>
        <label>
          <input type="checkbox" data-testid="map-show-continuity" checked={props.showContinuity} onChange={(event) => props.onShowContinuity(event.target.checked)} />
          {text.showContinuity}
        </label>
      </fieldset>

      <label htmlFor={ids.network}>{text.networkLabel}</label>
      <select id={ids.network} data-testid="map-network" value={props.networkId ?? ''} onChange={(event) => props.onNetworkChange(event.target.value || undefined)}>
        <option value="">{text.noNetwork}</option>
        {networksByType.map(([type, list]) => (
          <optgroup key={type} label={vocab.networkType[type]}>
            {list.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
