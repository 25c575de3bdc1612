import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from './embedded-store';
import { LOCK_FILE_NAME, StoreLockedError } from './store-lock';

/** The id of a process that has ended. */
function endedProcessId(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the embedded store lock', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-lock-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a second writer, naming the process that holds the store', async () => {
    const first = await EmbeddedStore.open(folder, { exclusive: true });
    const second = EmbeddedStore.open(folder, { exclusive: true });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toThrow(`is in use by another Knooppunt process (pid ${process.pid} on ${hostname()}`);
    await first.close();
  });

  it('lets a writer in once the first one closed, and removes the lock file on close', async () => {
    await (await EmbeddedStore.open(folder, { exclusive: true })).close();
    expect(await readdir(folder)).not.toContain(LOCK_FILE_NAME);
    const again = await EmbeddedStore.open(folder, { exclusive: true });
    expect(await readdir(folder)).toContain(LOCK_FILE_NAME);
    await again.close();
  });

  it('lets readers open the store while a writer holds it', async () => {
    const writer = await EmbeddedStore.open(folder, { exclusive: true });
    const reader = await EmbeddedStore.open(folder);
    expect((await reader.counts()).nodes).toBe(0);
    await reader.close();
    // The reader's close leaves the writer's lock alone.
    await expect(EmbeddedStore.open(folder, { exclusive: true })).rejects.toBeInstanceOf(StoreLockedError);
    await writer.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const lock = JSON.stringify({ pid: endedProcessId(), host: hostname(), since: '2026-01-01T00:00:00.000Z' });
    await writeFile(join(folder, LOCK_FILE_NAME), lock);
    const store = await EmbeddedStore.open(folder, { exclusive: true });
    await expect(EmbeddedStore.open(folder, { exclusive: true })).rejects.toThrow(`pid ${process.pid}`);
    await store.close();
  });

  it("keeps another host's lock, which it cannot check", async () => {
    await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: 1, host: 'elders', since: '2026-01-01T00:00:00.000Z' }));
    await expect(EmbeddedStore.open(folder, { exclusive: true })).rejects.toThrow('(pid 1 on elders, since 2026-01-01T00:00:00.000Z)');
  });

  it("removes a dead process's half-taken lock file, and leaves a live one's", async () => {
    const dead = `${LOCK_FILE_NAME}.${endedProcessId()}.tmp`;
    const live = `${LOCK_FILE_NAME}.${process.ppid}.tmp`;
    await writeFile(join(folder, dead), '{}');
    await writeFile(join(folder, live), '{}');
    const store = await EmbeddedStore.open(folder, { exclusive: true });
    const left = await readdir(folder);
    expect(left).not.toContain(dead);
    expect(left).toContain(live);
    await store.close();
  });
});
