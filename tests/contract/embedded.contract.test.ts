import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { afterAll } from 'vitest';
import { storeContract } from './store-contract';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

storeContract('embedded (in memory)', async () => EmbeddedStore.inMemory());
storeContract('embedded (persisted to a file)', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'knooppunt-contract-'));
  folders.push(folder);
  return EmbeddedStore.open(folder);
});
