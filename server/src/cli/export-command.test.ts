import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../domain/graph-document';
import { TEST_NODES, TEST_RELATIONSHIPS } from '../export/test-graph';
import { EmbeddedStore } from '../store/embedded/embedded-store';
import type { GraphPage } from '../domain/graph-pages';
import type { GraphStore } from '../store/graph-store';
import { exportCommand, type ExportOptions } from './export-command';

let folder: string;
let store: EmbeddedStore;
const lines = { out: [] as string[], err: [] as string[] };
const io = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };

/** A stdout that keeps what it is given. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

const options = (overrides: Partial<ExportOptions>): ExportOptions => ({ format: 'json', zone: undefined, output: undefined, appVersion: '3.0.0', ...overrides });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'knooppunt-export-command-'));
  store = EmbeddedStore.inMemory();
  lines.out = [];
  lines.err = [];
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('knooppunt export', () => {
  it('writes the export to stdout by default', async () => {
    const stdout = capture();
    expect(await exportCommand(store, options({ format: 'json' }), io, stdout.stream)).toBe(0);
    const document = JSON.parse(stdout.text()) as GraphDocument;
    expect(document.attributes.knooppunt.appVersion).toBe('3.0.0');
    expect(document.nodes).toEqual([]);
  });

  it('writes to -o FILE, replacing what was there, and says what it wrote', async () => {
    const target = join(folder, 'graph.graphml');
    await writeFile(target, 'old');
    expect(await exportCommand(store, options({ format: 'graphml', output: target }), io, capture().stream)).toBe(0);
    expect(await readFile(target, 'utf8')).toContain('<graphml');
    expect(await readdir(folder)).toEqual(['graph.graphml']);
    expect(lines.out).toEqual([`exported 0 nodes and 0 relationships as graphml to ${target}`]);
  });

  it('leaves no file, and the old one as it was, when the export fails halfway', async () => {
    const failing: Partial<GraphStore> = {
      backend: 'embedded',
      counts: async () => ({ ...(await store.counts()), nodes: 4, relationships: 4 }),
      datasetInfo: async () => ({}),
      async *streamGraph(): AsyncGenerator<GraphPage> {
        yield { kind: 'nodes', nodes: TEST_NODES };
        yield { kind: 'relationships', relationships: TEST_RELATIONSHIPS.slice(0, 2) };
        throw new Error('Neo4j went away');
      },
    };
    const target = join(folder, 'graph.cypher');
    await writeFile(target, 'old');
    await expect(exportCommand(failing as GraphStore, options({ format: 'cypher', output: target }), io, capture().stream)).rejects.toThrow('Neo4j went away');
    expect(await readdir(folder)).toEqual(['graph.cypher']);
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('refuses a missing or unknown format with exit code 2, naming the option', async () => {
    expect(await exportCommand(store, options({ format: undefined }), io, capture().stream)).toBe(2);
    expect(await exportCommand(store, options({ format: 'xlsx' }), io, capture().stream)).toBe(2);
    expect(lines.err).toEqual(['--format: expected one of json, graphml, gexf, csv, cypher', '--format: expected one of json, graphml, gexf, csv, cypher, not "xlsx"']);
  });

  it('refuses an unknown zone with exit code 1 and writes no file', async () => {
    const target = join(folder, 'zone.gexf');
    expect(await exportCommand(store, options({ format: 'gexf', zone: 'nergens', output: target }), io, capture().stream)).toBe(1);
    expect(lines.err).toEqual(['--zone: zone "zone:nergens" does not exist']);
    expect(await readdir(folder)).toEqual([]);
  });
});
