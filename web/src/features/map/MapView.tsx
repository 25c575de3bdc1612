// The first screen: Flanders' municipalities coloured by a chosen measure, with the borders that matter,
// a summary of the findings beside it and the same figures as a table below. Everything links on: a
// municipality to its panel and profile, a zone to its graph and dashboard, a count to Bevindingen.
import type { Finding, FindingKind, Severity } from '@knooppunt/server/domain/findings';
import { bareId, labelOfId } from '@knooppunt/server/domain/ids';
import { DEFAULT_RULE_PARAMETERS } from '@knooppunt/server/domain/findings';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { useBoundaries } from './api/get-boundaries';
import { useMapOverview } from './api/get-map-overview';
import { MapCanvas } from './MapCanvas';
import { MapControls, type ZoomChoice } from './MapControls';
import { MapLegend } from './MapLegend';
import { parseMeasure, serialiseMeasure } from './map-measure';
import { MapSummary } from './MapSummary';
import type { ShapeText } from './MapShapes';
import { MapTable } from './MapTable';
import { MunicipalityFindings } from './MunicipalityFindings';
import { useMapText } from './map-text';
import { measureName, readingText } from './measure-text';
import { UnplacedList } from './UnplacedList';
import { useContinuityLines, useMapGeometry, useMapReadings, useOutlinePath, useZoneBorderPath } from './use-map-model';
import './map.css';

export interface MapViewProps {
  measure: string | undefined;
  onMeasureChange: (measure: string | undefined) => void;
  per100: number | undefined;
  onThresholdChange: (per100: number | undefined) => void;
  zoneId: string | undefined;
  province: string | undefined;
  onZoom: (zoom: ZoomChoice) => void;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** The municipalities of the finding chosen in Bevindingen (node ids), outlined on the map. */
  findingMunicipalities: readonly string[];
  onOpenProfile: (nis: string) => void;
  onOpenZone: (zoneId: string, view: 'graph' | 'dashboard') => void;
  /** The whole graph of Flanders, aggregated by zone until zoomed in. */
  onOpenWholeGraph: () => void;
  onOpenFindings: (filter: { kind: FindingKind; severity: Severity; zone?: string }) => void;
  /** Opens one finding in Bevindingen, with its municipality's findings listed. */
  onOpenFinding: (finding: Finding, municipalityId: string) => void;
  /** The drawn SVG, for the export menu's SVG and PNG. */
  onSvg: (svg: SVGSVGElement | null) => void;
}

export function MapView(props: MapViewProps) {
  const text = useMapText();
  const { vocab, formatNumber } = useI18n();
  const measure = useMemo(() => parseMeasure(props.measure), [props.measure]);
  const threshold = props.per100 ?? DEFAULT_RULE_PARAMETERS.childcarePer100;
  const boundaries = useBoundaries();
  const thresholds = useMemo(() => (props.per100 === undefined ? {} : { childcarePer100: props.per100 }), [props.per100]);
  const overview = useMapOverview(thresholds);
  const geometry = useMapGeometry(boundaries.data);
  const readings = useMapReadings(overview.data, measure);
  // The table twin follows the colours a frame later: recolouring paints the map first.
  const tableMeasure = useDeferredValue(measure);
  const tableReadings = useDeferredValue(readings);
  const [showZoneBorders, setShowZoneBorders] = useState(true);
  // Coverage breaks are drawn by default where they are the story: coverage, and boundary findings.
  const [continuityChoice, setShowContinuity] = useState<boolean | undefined>(undefined);
  const showContinuity =
    continuityChoice ??
    (measure.type === 'coverage' || (measure.type === 'findings' && (measure.filter.kind === 'boundary' || measure.filter.rule === 'BOUNDARY_CONTINUITY')));

  const zones = useMemo(() => [...(overview.data?.zones ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [overview.data]);
  const zone = zones.find((candidate) => candidate.id === props.zoneId);
  const provinceOf = useMemo(() => {
    const provinces = new Map((geometry?.shapes ?? []).map((shape) => [shape.nis, shape.province]));
    return (nis: string) => provinces.get(nis);
  }, [geometry]);
  const provinces = useMemo(() => [...new Set((geometry?.shapes ?? []).flatMap((shape) => (shape.province ? [shape.province] : [])))].sort((a, b) => a.localeCompare(b, 'nl')), [geometry]);
  const zoomedTo = useMemo(() => {
    if (zone) return zone.municipalities;
    if (props.province) return (geometry?.shapes ?? []).filter((shape) => shape.province === props.province).map((shape) => shape.nis);
    return undefined;
  }, [zone, props.province, geometry]);
  const zoomedSet = useMemo(() => (zoomedTo === undefined ? undefined : new Set(zoomedTo)), [zoomedTo]);
  const zoneName = useMemo(() => {
    const names = new Map(zones.map((candidate) => [candidate.id, candidate.name]));
    return (id: string) => names.get(id) ?? id;
  }, [zones]);

  const zoneBorderPath = useZoneBorderPath(geometry, readings?.byNis);
  const continuityType = measure.type === 'coverage' ? measure.networkType : undefined;
  const shownBorders = useMemo(
    () => (showContinuity ? (overview.data?.continuity ?? []).filter((border) => continuityType === undefined || border.networkType === continuityType) : []),
    [overview.data, showContinuity, continuityType],
  );
  const continuity = useContinuityLines(geometry, shownBorders);
  const networkId = props.selectedId !== undefined && labelOfId(props.selectedId) === 'Network' ? props.selectedId : undefined;
  const networkMunicipalities = useMemo(
    () => (networkId === undefined ? [] : (overview.data?.municipalities ?? []).filter((m) => Object.values(m.networks).some((ids) => ids?.includes(networkId))).map((m) => m.nis)),
    [networkId, overview.data],
  );
  const networkOutline = useOutlinePath(geometry, networkMunicipalities);
  const findingNis = useMemo(() => props.findingMunicipalities.filter((id) => labelOfId(id) === 'Municipality').map(bareId), [props.findingMunicipalities]);
  const findingOutline = useOutlinePath(geometry, findingNis);
  const selectedNis = props.selectedId !== undefined && labelOfId(props.selectedId) === 'Municipality' ? bareId(props.selectedId) : undefined;
  const labelled = useMemo(() => new Set(zone ? zone.municipalities : []), [zone]);

  const shapeNis = useMemo(() => new Set((geometry?.shapes ?? []).map((shape) => shape.nis)), [geometry]);
  const unplaced = useMemo(() => (geometry === undefined ? [] : (overview.data?.municipalities ?? []).filter((m) => !shapeNis.has(m.nis))), [geometry, overview.data, shapeNis]);
  const shapesWithoutData = geometry === undefined || readings === undefined ? 0 : geometry.shapes.filter((shape) => !readings.byNis.has(shape.nis)).length;

  // What each shape is called and its tooltip says, per measure: computed once, not per render.
  const labels = useMemo(() => {
    const map = new Map<string, ShapeText>();
    if (geometry === undefined || readings === undefined) return map;
    for (const shape of geometry.shapes) {
      const municipality = readings.byNis.get(shape.nis);
      const reading = readings.readings.get(shape.nis);
      const name = text.shapeName(municipality?.name ?? shape.name, readingText(measure, reading, text, vocab, formatNumber));
      const zoneLine =
        municipality === undefined ? text.noData : municipality.zones.length === 0 ? text.noZone : text.zonesOf(municipality.zones.map(zoneName).join(', '));
      map.set(shape.nis, { name, detail: [zoneLine] });
    }
    return map;
  }, [geometry, readings, measure, text, vocab, formatNumber, zoneName]);

  const ready = geometry !== undefined && readings !== undefined;
  useEffect(() => {
    if (!ready) return undefined;
    // Marks the first paint with data for the map benchmark (tests/bench/web-map.bench.ts): a task queued
    // from the next animation frame runs once that frame is painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => performance.mark('knooppunt:map-drawn'));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);

  if (boundaries.isError || overview.isError) return <p className="map-status" role="alert">{text.error}</p>;
  if (boundaries.isPending || overview.isPending || readings === undefined) return <p className="map-status">{text.loading}</p>;

  const place = zone?.name ?? props.province ?? text.flanders;
  const summaryFindings = zone?.findings ?? overview.data!.findings;

  return (
    <div className="map-view" data-testid="map-view">
      <div className="map-top">
        <div className="map-main">
          {geometry === undefined ? (
            <p className="map-status" role="status">{text.noShapes}</p>
          ) : (
            <MapCanvas
              geometry={geometry}
              readings={readings}
              zoomTo={zoomedTo}
              zoneBorderPath={showZoneBorders ? zoneBorderPath : ''}
              continuity={continuity}
              networkOutline={networkOutline}
              findingOutline={findingOutline}
              selectedNis={selectedNis}
              labelled={labelled}
              labels={labels}
              onSelect={(nis) => props.onSelect(`nis:${nis}`)}
              onOpen={props.onOpenProfile}
              onSvg={props.onSvg}
            />
          )}
          <p className="map-hint">{text.hint}</p>
        </div>
        <aside className="map-side" aria-label={measureName(measure, text, vocab)}>
          <MapControls
            measure={measure}
            onMeasureChange={(next) => {
              const form = serialiseMeasure(next);
              props.onMeasureChange(form === 'findings' ? undefined : form);
            }}
            threshold={threshold}
            onThresholdChange={(value) => props.onThresholdChange(value === DEFAULT_RULE_PARAMETERS.childcarePer100 ? undefined : value)}
            zoom={{ ...(props.zoneId ? { zone: props.zoneId } : {}), ...(props.province ? { province: props.province } : {}) }}
            provinces={provinces}
            zones={zones}
            onZoom={props.onZoom}
            showZoneBorders={showZoneBorders}
            onShowZoneBorders={setShowZoneBorders}
            showContinuity={showContinuity}
            onShowContinuity={setShowContinuity}
            networks={overview.data!.networks}
            networkId={networkId}
            onNetworkChange={(id) => props.onSelect(id)}
          />
            {zone === undefined && (
            <div className="map-zone-actions">
              <button type="button" className="button" onClick={props.onOpenWholeGraph} data-testid="map-whole-graph">
                {text.openWholeGraph}
              </button>
            </div>
          )}
        {(zone !== undefined || props.province !== undefined) && (
            <div className="map-zone-actions">
              {zone !== undefined && (
                <>
                  <button type="button" className="button" onClick={() => props.onOpenZone(zone.id, 'graph')}>
                    {text.openZoneGraph}
                  </button>
                  <button type="button" className="button" onClick={() => props.onOpenZone(zone.id, 'dashboard')}>
                    {text.openZoneDashboard}
                  </button>
                </>
              )}
              <button type="button" className="button" onClick={() => props.onZoom({})}>
                {text.back}
              </button>
            </div>
          )}
            <MapLegend measure={measure} readings={readings} threshold={threshold} shapesWithoutData={shapesWithoutData} />
          {selectedNis !== undefined && readings.byNis.has(selectedNis) && (
            <MunicipalityFindings
              municipalityId={`nis:${selectedNis}`}
              name={readings.byNis.get(selectedNis)?.name ?? selectedNis}
              measure={measure}
              thresholds={thresholds}
              onOpen={(finding) => props.onOpenFinding(finding, `nis:${selectedNis}`)}
            />
          )}
          {continuity.length > 0 && <p className="map-note">{text.continuityNote(continuity.length, continuityType && vocab.networkType[continuityType])}</p>}
          {networkId !== undefined && (
            <p className="map-note" data-testid="map-network-note">
              {text.networkArea(
                overview.data!.networks.find((network) => network.id === networkId)?.name ?? networkId,
                networkMunicipalities.length,
                new Set(networkMunicipalities.flatMap((nis) => readings.byNis.get(nis)?.zones ?? [])).size,
              )}
            </p>
          )}
          {findingNis.length > 0 && <p className="map-note" data-testid="map-finding-note">{text.highlighted(findingNis.length)}</p>}
          <MapSummary
            place={place}
            findings={summaryFindings}
            onOpen={(filter) => props.onOpenFindings({ ...filter, ...(zone ? { zone: zone.id } : {}) })}
          />
          {unplaced.length > 0 && <UnplacedList municipalities={unplaced} />}
        </aside>
      </div>
      <div className="map-below">
        <MapTable
          measure={tableMeasure}
          readings={tableReadings ?? readings}
          threshold={threshold}
          zoneName={zoneName}
          provinceOf={provinceOf}
          only={zoomedSet}
          selectedId={props.selectedId}
          onSelect={(id) => props.onSelect(id)}
          fileName={`knooppunt-kaart-${serialiseMeasure(measure).replace(':', '-')}${zone ? `-${bareId(zone.id)}` : ''}.csv`}
        />
      </div>
    </div>
  );
}
