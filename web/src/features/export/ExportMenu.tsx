// The export menu in the stage bar: the graph's data in five formats (plain links to /api/export, so
// the browser streams the file straight to disk), and an image of the view as PNG or SVG.
import { EXPORT_FORMATS } from '@knooppunt/server/domain/export-format';
import type { Core } from 'cytoscape';
import { useEffect, useId, useRef, useState } from 'react';
import './export.css';
import { exportHref, imageFileName } from './export-links';
import { useExportText } from './export-text';
import { downloadPng, downloadSvg } from './graph-image';
import { downloadSvgAsPng, downloadSvgImage } from './svg-image';

export interface ExportMenuProps {
  zoneId: string | undefined;
  zoneName: string | undefined;
  municipality: string | undefined;
  /** The graph view's Cytoscape, for the images; null until it exists. */
  cy: Core | null;
  /** False while the graph is not on screen (a page view is open), when there is nothing to draw. */
  imageAvailable: boolean;
  /** The map's SVG while the map is shown: the images are then of the map. */
  mapSvg?: SVGSVGElement | null;
  title: string;
}

export function ExportMenu({ zoneId, zoneName, municipality, cy, imageAvailable, mapSvg, title }: ExportMenuProps) {
  const text = useExportText();
  const [open, setOpen] = useState(false);
  const [wholeGraph, setWholeGraph] = useState(false);
  const [imageError, setImageError] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const scope = zoneId !== undefined && !wholeGraph ? zoneId : undefined;
  const canDraw = mapSvg ? true : imageAvailable && cy !== null && cy.nodes().nonempty();
  const view = { ...(zoneId !== undefined ? { zone: zoneId } : {}), ...(municipality !== undefined ? { municipality } : {}) };

  const makeImage = async (kind: 'png' | 'svg') => {
    setImageError(false);
    try {
      if (mapSvg) {
        const fileName = imageFileName({ ...view, map: true }, kind);
        if (kind === 'png') await downloadSvgAsPng(mapSvg, title, fileName);
        else downloadSvgImage(mapSvg, title, fileName);
        setOpen(false);
        return;
      }
      if (cy === null) return;
      if (kind === 'png') await downloadPng(cy, title, imageFileName(view, 'png'));
      else downloadSvg(cy, title, imageFileName(view, 'svg'));
      setOpen(false);
    } catch {
      setImageError(true);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="export-menu-button"
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {text.button}
      </button>
      {open && (
        <div id={panelId} className="export-menu__panel" role="region" aria-label={text.panelLabel} data-testid="export-menu">
          <h3>{text.dataTitle}</h3>
          {zoneId !== undefined && (
            <div className="segmented export-menu__scope" role="group" aria-label={text.scopeLabel}>
              <button type="button" aria-pressed={!wholeGraph} onClick={() => setWholeGraph(false)}>
                {text.scopeZone(zoneName ?? zoneId)}
              </button>
              <button type="button" aria-pressed={wholeGraph} onClick={() => setWholeGraph(true)} data-testid="export-scope-all">
                {text.scopeAll}
              </button>
            </div>
          )}
          <ul className="export-menu__list">
            {EXPORT_FORMATS.map((format) => {
              const [name, hint] = text.formats[format];
              return (
                <li key={format}>
                  <a href={exportHref(format, scope)} download data-testid={`export-${format}`} onClick={() => setOpen(false)}>
                    <span className="export-menu__name">{name}</span>
                    <span className="export-menu__hint">{hint}</span>
                  </a>
                </li>
              );
            })}
          </ul>
          <p className="export-menu__note">{text.metadataNote}</p>
          <h3>{text.imageTitle}</h3>
          <ul className="export-menu__list">
            {(['png', 'svg'] as const).map((kind) => {
              const [name, hint] = text[kind];
              return (
                <li key={kind}>
                  <button type="button" disabled={!canDraw} data-testid={`export-${kind}`} onClick={() => void makeImage(kind)}>
                    <span className="export-menu__name">{name}</span>
                    <span className="export-menu__hint">{hint}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {!canDraw && <p className="export-menu__note">{text.imageUnavailable}</p>}
          {imageError && (
            <p className="export-menu__note export-menu__note--error" role="alert">
              {text.imageFailed}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
