// Reads fixtures/geo/municipality-centroids.csv (nis,name,lon,lat) for the geographic layout.
import { readOptionalText } from './optional-text';
import type { Centroid } from '../domain/api';
import { NIS_PATTERN } from '../domain/ids';

/**
 * Only the first column and the last two are read, so a quoted name with commas in it is harmless.
 * A missing file gives no centroids (the geographic layout then falls back); a malformed one is an error.
 */
export async function readCentroids(path: string): Promise<Centroid[]> {
  const text = await readOptionalText(path);
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const centroids: Centroid[] = [];
  lines.slice(1).forEach((line, index) => {
    const fields = line.split(',');
    const nis = fields[0] ?? '';
    const lon = Number(fields.at(-2));
    const lat = Number(fields.at(-1));
    if (!NIS_PATTERN.test(nis) || !Number.isFinite(lon) || !Number.isFinite(lat) || fields.length < 4) {
      throw new Error(`${path}:${index + 2}: expected nis,name,lon,lat`);
    }
    centroids.push({ nis, lon, lat });
  });
  return centroids;
}
