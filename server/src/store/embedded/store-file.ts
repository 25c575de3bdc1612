// The embedded store's file: newline-delimited JSON, one node or relationship per line, written atomically.
// A header names the format and the counts, and an end line proves the file is whole.
import { createReadStream } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import type { DatasetInfo } from '../../domain/api';
import { createGraph, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { writeFileAtomic } from './atomic-file';

export const STORE_FILE_NAME = 'store.ndjson';
const FORMAT = 'knooppunt-embedded-store';
const FORMAT_VERSION = 1;

interface Header {
  format: typeof FORMAT;
  version: number;
  dataset: DatasetInfo;
  nodes: number;
  relationships: number;
}

export interface StoreFileContent {
  graph: KnooppuntGraph;
  dataset: DatasetInfo;
}

function* storeLines(graph: KnooppuntGraph, dataset: DatasetInfo): Generator<string> {
  const header: Header = { format: FORMAT, version: FORMAT_VERSION, dataset, nodes: graph.order, relationships: graph.size };
  yield `${JSON.stringify(header)}\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${JSON.stringify([node, attributes.label, attributes.properties])}\n`;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `${JSON.stringify([edge, attributes.type, source, target, attributes.properties])}\n`;
  }
  yield `${JSON.stringify({ end: true })}\n`;
}

export async function writeStoreFile(path: string, graph: KnooppuntGraph, dataset: DatasetInfo): Promise<void> {
  await writeFileAtomic(path, storeLines(graph, dataset));
}

export class StoreFileError extends Error {
  constructor(path: string, reason: string) {
    super(`embedded store ${path}: ${reason}`);
    this.name = 'StoreFileError';
  }
}

/**
 * The lines of a file, read in chunks and handed out a chunk's worth at a time: a store of a ten-fold
 * dataset passes 512 MiB, more than one JavaScript string can hold, so the file is never read as one.
 */
async function* lineBatches(path: string): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    yield lines;
  }
  // Every line the writer writes ends with a newline: text after the last one is a write cut short.
  if (rest + decoder.decode() !== '') throw new StoreFileError(path, 'the file is incomplete');
}

const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/** V8's longest string; UTF-8 never decodes to more characters than it has bytes. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

/**
 * A file that fits in one string is read whole and split: opening a ten-fold store (302 MB) took about
 * half as long that way as in 4 MiB chunks on this machine. Larger files are read in chunks.
 */
async function* linesOfFile(path: string): AsyncGenerator<string[]> {
  const { size } = await stat(path);
  if (size >= MAX_STRING_LENGTH) {
    yield* lineBatches(path);
    return;
  }
  const lines = (await readFile(path, 'utf8')).split('\n');
  if (lines.pop() !== '') throw new StoreFileError(path, 'the file is incomplete');
  yield lines;
}

/** Reads a store file; undefined when there is none yet. A damaged file is an error, never half a graph. */
export async function readStoreFile(path: string): Promise<StoreFileContent | undefined> {
  try {
    await access(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const fail = (reason: string): never => {
    throw new StoreFileError(path, reason);
  };
  let lineNumber = 0;
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      return fail(`line ${lineNumber} is not valid JSON`);
    }
  };

  const graph = createGraph();
  let header: Partial<Header> | undefined;
  let nodeCount = 0;
  let relationshipCount = 0;
  let ended = false;
  /** Line 1 is the header, then the nodes, then the relationships, then the end line and nothing after. */
  const take = (line: string): void => {
    lineNumber += 1;
    if (header === undefined) {
      header = parse(line) as Partial<Header>;
      if (header.format !== FORMAT) fail('not a Knooppunt store file');
      if (header.version !== FORMAT_VERSION) fail(`unsupported format version ${String(header.version)}`);
      nodeCount = header.nodes ?? 0;
      relationshipCount = header.relationships ?? 0;
    } else if (lineNumber <= nodeCount + 1) {
      const [id, label, properties] = parse(line) as [string, never, never];
      graph.addNode(id, { label, properties });
    } else if (lineNumber <= nodeCount + relationshipCount + 1) {
      const [id, type, source, target, properties] = parse(line) as [string, never, string, string, never];
      graph.addDirectedEdgeWithKey(id, source, target, { type, properties });
    } else if (!ended && (parse(line) as { end?: boolean }).end === true) ended = true;
    else fail('the file is incomplete');
  };
  for await (const lines of linesOfFile(path)) for (const line of lines) take(line);
  if (header === undefined) fail('not a Knooppunt store file');
  if (!ended) fail('the file is incomplete');
  return { graph, dataset: header?.dataset ?? {} };
}
