// Knooppunt's own JSON export imported again into a fresh embedded store, on the demo dataset and on a
// generated one: the same content hash, counts and findings; a zone's export validates and imports too.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { readDataset } from '@knooppunt/server/import/read-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportText } from '../support/export-support';
import { expectWholeRoundTrip, expectZoneRoundTrip } from '../support/graph-document-round-trip';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const fresh = async () => EmbeddedStore.inMemory();

describe('the JSON export imported again (embedded store)', () => {
  let demoStore: EmbeddedStore;
  beforeAll(async () => {
    demoStore = EmbeddedStore.inMemory();
    await demoStore.importDataset(await readDataset(demo));
  });

  it('gives back the demo: same hash, counts, findings and manifest', async () => {
    await expectWholeRoundTrip(demoStore, fresh);
  }, 120_000);

  it("gives back a zone's graph from its export, Antwerpen's four zones included", async () => {
    for (const zone of ['zone:antwerpen-centrum', (await demoStore.listZones())[0]!.id]) await expectZoneRoundTrip(demoStore, zone, fresh);
  }, 60_000);

  it('reads the export from a .json file, as `pnpm knooppunt import export.json` does', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'knooppunt-graph-document-'));
    try {
      const file = join(folder, 'export.json');
      await writeFile(file, await exportText(demoStore, 'json'));
      const target = EmbeddedStore.inMemory();
      await target.importDataset(await readDataset(file));
      expect((await target.datasetInfo()).contentHash).toBe((await demoStore.datasetInfo()).contentHash);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives back a generated Flanders-scale dataset, and one of its zones', async () => {
    const generated = EmbeddedStore.inMemory();
    await generated.importDataset(generateDataset({ seed: 11, scale: 'flanders' }));
    await expectWholeRoundTrip(generated, fresh);
    await expectZoneRoundTrip(generated, (await generated.listZones())[0]!.id, fresh);
  }, 180_000);
});
