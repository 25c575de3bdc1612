// Where the data downloads come from, and what the images are called.
import type { ExportFormat } from '@knooppunt/server/domain/export-format';
import { bareId } from '@knooppunt/server/domain/ids';

/** GET /api/export for a zone, or for the whole graph; the server names the file. */
export function exportHref(format: ExportFormat, zoneId: string | undefined): string {
  return `/api/export?format=${format}${zoneId === undefined ? '' : `&zone=${encodeURIComponent(zoneId)}`}`;
}

/** `knooppunt-<zone slug or NIS>-<yyyy-mm-dd>.<extension>`, like the data exports, dated today. */
export function imageFileName(view: { zone?: string; municipality?: string; map?: boolean }, extension: 'png' | 'svg', today = new Date()): string {
  const place = view.zone !== undefined ? bareId(view.zone) : view.municipality;
  const subject = view.map ? `kaart${place === undefined ? '' : `-${place}`}` : (place ?? 'graaf');
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `knooppunt-${subject}-${date}.${extension}`;
}
