// Crash safety of the embedded store: kill a writer mid-import, again and again; the store on disk is
// always one whole dataset, never a broken mix.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '@knooppunt/fixtures/generate/generate-dataset';
import { EmbeddedStore } from '@knooppunt/server/store/embedded/embedded-store';
import { STORE_FILE_NAME } from '@knooppunt/server/store/embedded/store-file';
import { afterAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../support/small-dataset';

const writerScript = fileURLToPath(new URL('./support/store-writer.ts', import.meta.url));
const KILLS = 5;

async function hashOf(dataset: Parameters<EmbeddedStore['importDataset']>[0]): Promise<string> {
  const store = EmbeddedStore.inMemory();
  await store.importDataset(dataset, { replace: true });
  return (await store.datasetInfo()).contentHash!;
}

/** Starts the writer, waits until it has finished `writes` imports, then kills it after `delayMs`. */
function killWriterMidway(dataDir: string, writes: number, delayMs: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let completed = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      completed += chunk.toString().split('\n').filter((line) => line.startsWith('wrote')).length;
      if (completed >= writes && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(completed);
      else reject(new Error(`writer exited by itself: ${stderr}`));
    });
  });
}

/**
 * Starts the writer and kills it the moment a temporary store file appears: the kill lands inside a write,
 * for sure. Answers the temporary files left behind, read before anything reopens the store.
 */
function killWhileWriting(dataDir: string): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const poll = setInterval(() => {
      void readdir(dataDir).then((names) => {
        if (names.some((name) => name.startsWith(`${STORE_FILE_NAME}.`) && name.endsWith('.tmp')) && !child.killed) child.kill('SIGKILL');
      });
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${stderr}`));
      void readdir(dataDir).then((names) => resolvePromise(names.filter((name) => name.startsWith(`${STORE_FILE_NAME}.`) && name.endsWith('.tmp'))), reject);
    });
  });
}

describe('embedded store crash safety', () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it(`is always one whole dataset after ${KILLS} kills in the middle of writes`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'knooppunt-crash-'));
    folders.push(dataDir);
    const expected = new Set([await hashOf(smallDataset()), await hashOf(generateDataset({ seed: 7, scale: 'flanders' }))]);
    for (let round = 0; round < KILLS; round += 1) {
      if (round % 2 === 0) {
        // Spread these kills over the write cycle: right after a write finished, and well into the next one.
        await killWriterMidway(dataDir, 1 + (round % 4) / 2, 40 + round * 90);
      } else {
        // These land inside the file write itself: its temporary file is still there when the writer dies.
        expect(await killWhileWriting(dataDir)).not.toEqual([]);
      }
      const store = await EmbeddedStore.open(dataDir, { exclusive: true });
      const info = await store.datasetInfo();
      expect(expected.has(info.contentHash!)).toBe(true);
      expect((await store.counts()).nodes).toBeGreaterThan(0);
      await store.close();
      expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  }, 180_000);
});
