import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS } from '../domain/import-error';
import { EmbeddedStore } from '../store/embedded/embedded-store';
import { importCommand } from './import-command';

describe('importCommand: many validation errors', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('prints the first 1,000 errors, then how many more there were, and writes nothing', async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-import-command-'));
    const rows = Array.from({ length: 5000 }, (_, index) => `row-${index},Gemeente ${index}`).join('\n');
    await writeFile(join(folder, 'municipalities.csv'), `nis,name\n${rows}\n`);
    const store = EmbeddedStore.inMemory();
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand(store, folder, false, { out: (line) => out.push(line), err: (line) => err.push(line) });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(MAX_REPORTED_ERRORS + 2);
    expect(err[0]).toBe('municipalities.csv:2: nis: malformed NIS "row-0" (expected 5 digits)');
    expect(err.slice(-2)).toEqual(['and 4,000 more errors not listed (only the first 1,000 are)', '5000 error(s); nothing was imported']);
    expect((await store.counts()).nodes).toBe(0);
  });
});
