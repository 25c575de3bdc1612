// One writer per store folder. The embedded store keeps its graph in memory and rewrites the whole file
// on each import, so a second writer (a command-line import while the server runs) would be lost: the
// server keeps serving its old graph and its next import overwrites the file. The writer holds a lock
// file naming its process; a second writer is refused with a message saying who holds it. A lock left
// by a process that no longer runs (killed, crashed) is taken over.
// A process id, not a lease renewed on a timer (as proper-lockfile does): an import of a large dataset
// blocks the event loop for seconds, and a timer-renewed lease would then look abandoned.
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { link, readdir, readFile, unlink, writeFile } from 'node:fs/promises';

export const LOCK_FILE_NAME = 'store.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class StoreLockedError extends Error {
  constructor(directory: string, owner: LockOwner) {
    super(
      `the embedded store in ${directory} is in use by another Knooppunt process (pid ${owner.pid} on ${owner.host}, since ${owner.since}); ` +
        'stop that process first, or import through the server it runs (POST /api/import)',
    );
    this.name = 'StoreLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, host: String(owner.host), since: String(owner.since) } : undefined;
  } catch {
    // Gone in the meantime (released), or not a lock this code wrote.
    return undefined;
  }
}

/**
 * A process killed between writing its lock's temporary file and linking it leaves `<lock>.<pid>.tmp`
 * behind; whoever holds the lock next removes those of processes that no longer run.
 */
async function removeDeadLockTemps(lockPath: string): Promise<void> {
  const pattern = new RegExp(`^${basename(lockPath).replace(/\./g, '\\.')}\\.(\\d+)\\.tmp$`);
  const entries = await readdir(dirname(lockPath)).catch(() => [] as string[]);
  for (const entry of entries) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await unlink(join(dirname(lockPath), entry)).catch(() => undefined);
  }
}

export interface StoreLock {
  release(): Promise<void>;
}

/** Takes the lock of the store in `directory`, or throws a StoreLockedError naming its holder. */
export async function lockStore(directory: string, lockPath: string): Promise<StoreLock> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Written whole beside the lock, then linked into place: link fails when the lock exists, and a
    // lock that exists is never half-written.
    const temp = `${lockPath}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(owner), { mode: 0o644 });
    try {
      await link(temp, lockPath);
      await removeDeadLockTemps(lockPath);
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await unlink(lockPath).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    const holder = await readOwner(lockPath);
    // Another host's process cannot be checked from here: its lock stands.
    if (holder !== undefined && (holder.host !== owner.host || isRunning(holder.pid))) throw new StoreLockedError(directory, holder);
    await unlink(lockPath).catch(() => undefined);
  }
  throw new Error(`embedded store ${directory}: could not take the lock ${lockPath}`);
}
