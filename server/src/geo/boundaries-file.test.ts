import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundaries } from './boundaries-file';

const folder = mkdtempSync(join(tmpdir(), 'knooppunt-boundaries-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('readBoundaries', () => {
  it('gives the text of a topology with municipalities', async () => {
    const text = '{"type":"Topology","objects":{"municipalities":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}';
    expect(await readBoundaries(file('ok.json', text))).toBe(text);
  });

  it('gives none for a missing file', async () => {
    expect(await readBoundaries(join(folder, 'absent.json'))).toBeUndefined();
  });

  it('refuses what is not JSON, or not a topology of municipalities, naming the file', async () => {
    const broken = file('broken.json', '{"type":');
    await expect(readBoundaries(broken)).rejects.toThrow(`${broken}: not JSON`);
    const geojson = file('geo.json', '{"type":"FeatureCollection","features":[]}');
    await expect(readBoundaries(geojson)).rejects.toThrow(`${geojson}: expected a TopoJSON Topology with a "municipalities" GeometryCollection`);
  });
});
