// GET /api/map and /api/geo/boundaries on the demo: every count the map shows is the count /api/findings gives.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filterFindings } from '@knooppunt/server/domain/finding-query';
import { RULE_IDS, type Finding } from '@knooppunt/server/domain/findings';
import type { MapOverview } from '@knooppunt/server/domain/map-overview';
import { countTally } from '@knooppunt/server/domain/rule-tally';
import { createApp } from '@knooppunt/server/http/app';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FOLDER, okJson, problemAt, type App } from '../support/demo-api';

const BOUNDARIES = fileURLToPath(new URL('../../fixtures/geo/municipalities-2025.topo.json', import.meta.url));

let app: App;
let map: MapOverview;

beforeAll(async () => {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(await readDataset(DEMO_FOLDER));
  app = createApp({ store, version: 'test', centroids: [], boundaries: readFileSync(BOUNDARIES, 'utf8'), logError: () => undefined });
  map = await okJson<MapOverview>(app, '/api/map');
});

describe('GET /api/map', () => {
  it('has every municipality of the demo, each counted as /api/findings?municipality= counts it', async () => {
    expect(map.municipalities).toHaveLength(304);
    // Every municipality through the filter /api/findings applies, and every tenth through the route itself.
    const all = await okJson<Finding[]>(app, '/api/findings');
    let withFindings = 0;
    for (const [index, municipality] of map.municipalities.entries()) {
      const filter = { rules: [...RULE_IDS], municipality: `nis:${municipality.nis}` };
      const listed = index % 10 === 0 ? await okJson<Finding[]>(app, `/api/findings?municipality=${municipality.nis}`) : filterFindings(all, filter);
      expect(countTally(municipality.findings), municipality.name).toBe(listed.length);
      expect(countTally(municipality.findings, { kind: 'gap', severity: 'high' }), municipality.name).toBe(
        listed.filter((finding) => finding.kind === 'gap' && finding.severity === 'high').length,
      );
      if (listed.length > 0) withFindings += 1;
    }
    expect(withFindings).toBeGreaterThan(100);
  });

  it('counts each zone as /api/findings?zone= does, and all findings as /api/findings does', async () => {
    expect(map.zones).toHaveLength(60);
    for (const zone of map.zones) {
      const listed = await okJson<Finding[]>(app, `/api/findings?zone=${encodeURIComponent(zone.id)}`);
      expect(countTally(zone.findings), zone.name).toBe(listed.length);
    }
    const all = await okJson<Finding[]>(app, '/api/findings');
    expect(countTally(map.findings)).toBe(all.length);
    expect(countTally(map.findings, { rule: 'GAP_NO_LOK' })).toBe(all.filter((finding) => finding.rule === 'GAP_NO_LOK').length);
  });

  it('places every BOUNDARY_CONTINUITY finding on the pair of municipalities it is about', async () => {
    const listed = await okJson<Finding[]>(app, '/api/findings?rule=BOUNDARY_CONTINUITY');
    expect(listed.length).toBeGreaterThan(0);
    expect(map.continuity).toHaveLength(listed.length);
    const first = listed[0]!;
    const border = map.continuity.find((candidate) => candidate.finding === first.id);
    const neighbour = first.related.find((id) => id.startsWith('nis:'));
    expect(border).toMatchObject({ uncovered: first.subject.slice(4), covered: neighbour?.slice(4) });
  });

  it('applies the thresholds exactly as /api/findings does', async () => {
    const strict = await okJson<MapOverview>(app, '/api/map?childcarePer100=60');
    const listed = await okJson<Finding[]>(app, '/api/findings?rule=GAP_CHILDCARE_CAPACITY&childcarePer100=60');
    expect(countTally(strict.findings, { rule: 'GAP_CHILDCARE_CAPACITY' })).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(countTally(map.findings, { rule: 'GAP_CHILDCARE_CAPACITY' }));
  });

  it('lists each covering network once with its type, and the networks per municipality', () => {
    const lok = map.networks.filter((network) => network.type === 'LOK');
    expect(lok.length).toBeGreaterThan(0);
    const coveredByFirst = map.municipalities.filter((municipality) => municipality.networks.LOK?.includes(lok[0]!.id));
    expect(coveredByFirst.length).toBeGreaterThan(0);
  });

  it('refuses filters (they are chosen on the map) and bad thresholds, naming the parameter', async () => {
    expect((await problemAt(app, '/api/map?kind=gap', 400)).detail).toContain('kind');
    expect((await problemAt(app, '/api/map?childcarePer100=-1', 400)).detail).toContain('childcarePer100');
  });
});

describe('GET /api/geo/boundaries', () => {
  it('sends the TopoJSON gzipped when asked, and the same bytes plain otherwise', async () => {
    const zipped = await app.request('/api/geo/boundaries', { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const body = new Uint8Array(await zipped.arrayBuffer());
    const plain = await app.request('/api/geo/boundaries');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(gunzipSync(body).toString('utf8')).toBe(text);
    expect(JSON.parse(text).objects.municipalities.geometries).toHaveLength(304);
  });

  it('answers 404 on a server started without boundaries', async () => {
    const bare = createApp({ store: EmbeddedStore.inMemory(), version: 'test', centroids: [], logError: () => undefined });
    const response = await bare.request('/api/geo/boundaries');
    expect(response.status).toBe(404);
  });
});
