// The embedded store opens a file larger than one JavaScript string can hold (2^29 - 24 characters,
// about 512 MiB): it is read line by line, not as one string. The file is written here in the store's
// format as earlier versions wrote it, so this also shows that format still opens.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { STORE_FILE_NAME } from '@knooppunt/server/store/embedded/store-file';
import { afterAll, describe, expect, it } from 'vitest';

const NODES = 60_000;
const DESCRIPTION_CHARACTERS = 10_000;

async function writeLargeStoreFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(JSON.stringify({ format: 'knooppunt-embedded-store', version: 1, dataset: { importedAt: '2026-12-06T00:00:00.000Z' }, nodes: NODES, relationships: 1 }));
  const padding = 'o'.repeat(DESCRIPTION_CHARACTERS);
  for (let index = 0; index < NODES; index += 1) {
    await write(JSON.stringify([`org:o${index}`, 'Organisation', { name: `Organisatie ${index}`, legalForm: 'nonprofit', sector: 'caw', description: padding }]));
  }
  await write(JSON.stringify(['OPERATES:x', 'OPERATES', 'org:o0', 'org:o1', {}]));
  await write(JSON.stringify({ end: true }));
  out.end();
  await once(out, 'finish');
}

describe('a store file past 512 MiB', () => {
  let folder: string | undefined;
  afterAll(async () => {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('opens, with every node and relationship', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-large-store-'));
    const file = join(folder, STORE_FILE_NAME);
    await writeLargeStoreFile(file);
    expect((await stat(file)).size).toBeGreaterThan(2 ** 29);
    const store = await EmbeddedStore.open(folder);
    expect(store.currentGraph().order).toBe(NODES);
    expect(store.currentGraph().size).toBe(1);
    expect(store.currentGraph().getNodeAttribute(`org:o${NODES - 1}`, 'properties')).toMatchObject({ name: `Organisatie ${NODES - 1}` });
    await store.close();
  }, 180_000);
});
