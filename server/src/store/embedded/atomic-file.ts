// Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over the
// target, fsync the directory. A crash at any point leaves either the old file or the new one.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const CHUNK_BYTES = 1 << 20;

function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Writes `content` atomically to `path`: bytes as they are, or text pieces streamed (so a whole store
 * file never sits in memory as one string).
 */
export async function writeFileAtomic(path: string, content: Iterable<string> | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx', 0o600);
  try {
    if (content instanceof Uint8Array) await handle.writeFile(content);
    else await writePieces(handle, content);
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

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
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
}

/**
 * Streams `chunks` (text or bytes, as fast as the file takes them) into a temp file and renames it to `path`
 * once complete: when the source fails halfway, `path` is left as it was and the temp file is removed.
 */
export async function streamFileAtomic(path: string, chunks: AsyncIterable<string | Uint8Array>): Promise<void> {
  const temp = tempPathFor(path);
  try {
    // flush: the data is on disk before the rename makes it the file.
    await pipeline(Readable.from(chunks), createWriteStream(temp, { flags: 'wx', mode: 0o644, flush: true }));
  } catch (error) {
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
