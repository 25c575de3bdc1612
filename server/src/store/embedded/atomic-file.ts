// Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over the
// target, fsync the directory. A crash at any point leaves either the old file or the new one.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const CHUNK_BYTES = 1 << 20;

function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes `pieces` (streamed, so the whole file never sits in memory as one string) atomically to `path`. */
export async function writeFileAtomic(path: string, pieces: Iterable<string>): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx', 0o600);
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    for (const piece of pieces) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= CHUNK_BYTES) {
        await handle.write(pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pending.length > 0) await handle.write(pending.join(''));
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await rename(temp, path);
  await syncDirectory(dirname(path));
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temp files a crashed writer left behind; they never hold the only copy of anything. */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => entry.startsWith(prefix) && entry.endsWith('.tmp'))
      .map((entry) => unlink(join(dirname(path), entry)).catch(() => undefined)),
  );
}
