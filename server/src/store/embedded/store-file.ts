// The embedded store's file: newline-delimited JSON, one node or relationship per line, written atomically.
// A header names the format and the counts, and an end line proves the file is whole.
import { readFile } from 'node:fs/promises';
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

/** Reads a store file; undefined when there is none yet. A damaged file is an error, never half a graph. */
export async function readStoreFile(path: string): Promise<StoreFileContent | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const fail = (reason: string): never => {
    throw new StoreFileError(path, reason);
  };
  const parse = (index: number): unknown => {
    try {
      return JSON.parse(lines[index] ?? '');
    } catch {
      return fail(`line ${index + 1} is not valid JSON`);
    }
  };
  const header = parse(0) as Partial<Header>;
  if (header.format !== FORMAT) fail('not a Knooppunt store file');
  if (header.version !== FORMAT_VERSION) fail(`unsupported format version ${String(header.version)}`);
  const nodeCount = header.nodes ?? 0;
  const relationshipCount = header.relationships ?? 0;
  if (lines.length !== nodeCount + relationshipCount + 2) fail('the file is incomplete');
  const end = parse(lines.length - 1) as { end?: boolean };
  if (end.end !== true) fail('the file is incomplete');

  const graph = createGraph();
  for (let index = 1; index <= nodeCount; index += 1) {
    const [id, label, properties] = parse(index) as [string, never, never];
    graph.addNode(id, { label, properties });
  }
  for (let index = nodeCount + 1; index <= nodeCount + relationshipCount; index += 1) {
    const [id, type, source, target, properties] = parse(index) as [string, never, string, string, never];
    graph.addDirectedEdgeWithKey(id, source, target, { type, properties });
  }
  return { graph, dataset: header.dataset ?? {} };
}
