import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../domain/snapshot';
import { EmbeddedStore } from './embedded-store';
import { FolderShelf, SNAPSHOT_FOLDER_NAME } from './snapshot-shelf';

const summary = (id: string, createdAt: string): SnapshotSummary => ({ id, name: id, createdAt, counts: { nodes: 0, relationships: 0 } });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the embedded store keeps snapshots in files', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-snapshots-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds its snapshots again after a restart, under the data folder', async () => {
    const first = await EmbeddedStore.open(folder);
    const kept = { summary: summary('20260101-120000-aaaaaa', '2026-01-01T12:00:00.000Z'), document: bytes('Oosthoek, gecomprimeerd') };
    await first.keepSnapshot(kept);
    await first.close();
    expect((await readdir(join(folder, SNAPSHOT_FOLDER_NAME))).sort()).toEqual([`${kept.summary.id}.graph.json.gz`, `${kept.summary.id}.summary.json`]);

    const second = await EmbeddedStore.open(folder);
    expect(await second.listSnapshots()).toEqual([kept.summary]);
    expect(new TextDecoder().decode(await second.readSnapshotDocument(kept.summary.id))).toBe('Oosthoek, gecomprimeerd');
    await second.close();
  });

  it('removes what a crash left behind: temp files, and a document whose summary was never written', async () => {
    const shelf = await FolderShelf.open(folder);
    await shelf.put({ summary: summary('20260101-120000-aaaaaa', '2026-01-01T12:00:00.000Z'), document: bytes('kept') });
    await writeFile(join(folder, '20260101-130000-bbbbbb.graph.json.gz'), 'orphan');
    await writeFile(join(folder, '20260101-130000-bbbbbb.summary.json.123.abc.tmp'), '{');
    const reopened = await FolderShelf.open(folder);
    expect(await readdir(folder)).toEqual(['20260101-120000-aaaaaa.graph.json.gz', '20260101-120000-aaaaaa.summary.json']);
    expect((await reopened.list()).map((snapshot) => snapshot.id)).toEqual(['20260101-120000-aaaaaa']);
    expect(new TextDecoder().decode(await reopened.read('20260101-120000-aaaaaa'))).toBe('kept');
  });

  it('lists newest first and never turns an id of another form into a path', async () => {
    const shelf = await FolderShelf.open(folder);
    await shelf.put({ summary: summary('20260101-120000-aaaaaa', '2026-01-01T12:00:00.000Z'), document: bytes('a') });
    await shelf.put({ summary: summary('20260102-120000-bbbbbb', '2026-01-02T12:00:00.000Z'), document: bytes('b') });
    expect((await shelf.list()).map((snapshot) => snapshot.id)).toEqual(['20260102-120000-bbbbbb', '20260101-120000-aaaaaa']);
    await writeFile(join(folder, '..', 'secret.graph.json.gz'), 'not a snapshot');
    try {
      expect(await shelf.read('../secret')).toBeUndefined();
      expect(await shelf.remove('../secret')).toBe(false);
    } finally {
      await rm(join(folder, '..', 'secret.graph.json.gz'));
    }
  });
});
