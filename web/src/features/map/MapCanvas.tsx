// The map itself: one SVG path per municipality, coloured by the measure, with zone borders, coverage
// breaks, a network's area and a finding's municipalities drawn over it. Every shape is focusable and
// named for screen readers; Enter opens its profile.
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { MapShapes, type ShapeText } from './MapShapes';
import { FRAME, useViewBox, type ContinuityLine, type MapGeometry, type MapReadings } from './use-map-model';
import { useMapText } from './map-text';

export interface MapCanvasProps {
  geometry: MapGeometry;
  readings: MapReadings;
  /** The municipalities to zoom to (a zone, a province); all of Flanders when undefined. */
  zoomTo: readonly string[] | undefined;
  zoneBorderPath: string;
  continuity: readonly ContinuityLine[];
  networkOutline: string;
  findingOutline: string;
  selectedNis: string | undefined;
  /** Shapes get their name written on them when the view is zoomed in this far. */
  labelled: ReadonlySet<string>;
  /** Per NIS: the accessible name ("Niel — 3 bevindingen") and the tooltip's lines. */
  labels: ReadonlyMap<string, ShapeText>;
  onSelect: (nis: string) => void;
  onOpen: (nis: string) => void;
  onSvg: (element: SVGSVGElement | null) => void;
}

interface Tip {
  nis: string;
  x: number;
  y: number;
}

export function MapCanvas(props: MapCanvasProps) {
  const { geometry, readings, zoomTo, zoneBorderPath, continuity, networkOutline, findingOutline, selectedNis, labelled, labels, onSvg } = props;
  const text = useMapText();
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | undefined>();
  const [aspect, setAspect] = useState(FRAME.width / FRAME.height);
  useEffect(() => {
    const element = box.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? { width: 0, height: 0 };
      if (width > 0 && height > 0) setAspect(width / height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const viewBox = useViewBox(geometry, zoomTo, aspect);
  const inFocus = useMemo(() => (zoomTo === undefined ? undefined : new Set(zoomTo)), [zoomTo]);
  // Lines keep their width on screen whatever the zoom: widths are given in units of the whole frame.
  const scale = Number(viewBox.split(' ')[2]) / FRAME.width;

  // One handler each for the whole group of shapes: the event's target says which municipality it is.
  const nisOf = (target: EventTarget) => (target instanceof Element ? (target.closest('[data-nis]')?.getAttribute('data-nis') ?? undefined) : undefined);
  const onMouseMove = (event: MouseEvent) => {
    const nis = nisOf(event.target);
    const frame = box.current?.getBoundingClientRect();
    if (nis !== undefined && frame) setTip({ nis, x: event.clientX - frame.left, y: event.clientY - frame.top });
  };
  const onFocus = (event: FocusEvent) => {
    const nis = nisOf(event.target);
    const frame = box.current?.getBoundingClientRect();
    const shape = (event.target as Element).getBoundingClientRect();
    if (nis !== undefined && frame) setTip({ nis, x: shape.left + shape.width / 2 - frame.left, y: shape.top + shape.height / 2 - frame.top });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const nis = nisOf(event.target);
    if (nis === undefined) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onOpen(nis);
    } else if (event.key === ' ') {
      event.preventDefault();
      props.onSelect(nis);
    }
  };
  const onClick = (event: MouseEvent) => {
    const nis = nisOf(event.target);
    if (nis !== undefined) props.onSelect(nis);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const nis = nisOf(event.target);
    if (nis !== undefined) props.onOpen(nis);
  };

  const tipText = tip === undefined ? undefined : labels.get(tip.nis);

  return (
    <div className="map-canvas" ref={box} onMouseLeave={() => setTip(undefined)}>
      <svg
        ref={onSvg}
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={text.mapLabel}
        data-testid="map"
        data-shapes={geometry.shapes.length}
        xmlns="http://www.w3.org/2000/svg"
      >
        <g className="map-shapes" onClick={onClick} onDoubleClick={onDoubleClick} onKeyDown={onKeyDown} onMouseMove={onMouseMove} onFocus={onFocus} onBlur={() => setTip(undefined)}>
          <MapShapes shapes={geometry.shapes} readings={readings} labels={labels} inFocus={inFocus} selectedNis={selectedNis} scale={scale} />
        </g>
        {zoneBorderPath !== '' && <path className="map-zone-borders" d={zoneBorderPath} fill="none" stroke="#3b2f55" strokeWidth={1.5 * scale} pointerEvents="none" />}
        {continuity.length > 0 && (
          <g className="map-continuity" data-testid="map-continuity" pointerEvents="none">
            {continuity.map((line) => (
              <path key={line.finding} d={line.d} data-finding={line.finding} fill="none" stroke="#c51b7d" strokeWidth={3.2 * scale} strokeLinecap="round" strokeDasharray={`${5 * scale} ${3 * scale}`} />
            ))}
          </g>
        )}
        {networkOutline !== '' && (
          <path className="map-network-outline" data-testid="map-network-outline" d={networkOutline} fill="none" stroke="#1b4f72" strokeWidth={3 * scale} pointerEvents="none" />
        )}
        {findingOutline !== '' && (
          <path className="map-finding-outline" data-testid="map-finding-outline" d={findingOutline} fill="none" stroke="#111111" strokeWidth={3 * scale} pointerEvents="none" />
        )}
        {selectedNis !== undefined && (
          <path
            className="map-selected"
            d={geometry.shapes.find((shape) => shape.nis === selectedNis)?.d ?? ''}
            fill="none"
            stroke="#1a73e8"
            strokeWidth={2.6 * scale}
            pointerEvents="none"
          />
        )}
        {labelled.size > 0 && (
          <g className="map-labels" pointerEvents="none" fontSize={11 * scale}>
            {geometry.shapes
              .filter((shape) => labelled.has(shape.nis))
              .map((shape) => (
                <text key={shape.nis} x={shape.centroid[0]} y={shape.centroid[1]} textAnchor="middle" dominantBaseline="middle" strokeWidth={3 * scale}>
                  {shape.name}
                </text>
              ))}
          </g>
        )}
      </svg>
      {tip !== undefined && tipText !== undefined && (
        <div className="map-tip" aria-hidden="true" style={{ left: tip.x, top: tip.y }} data-testid="map-tip">
          <strong>{tipText.name}</strong>
          {tipText.detail.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      )}
    </div>
  );
}
