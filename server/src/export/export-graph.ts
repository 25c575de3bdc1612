// An export of a store, for the HTTP route and the command line alike: reads the dataset's facts and the
// graph (the whole graph, or one zone's graph as the explorer shows it) and hands them to the format's
// writer. The store is read as the writer asks for pages, so memory stays flat.
import { exportFileName, type ExportFormat } from '../domain/export-format';
import { exportMetadata, type ExportMetadata } from '../domain/graph-document';
import { contentPages, type GraphPage } from '../domain/graph-pages';
import type { GraphStore } from '../store/graph-store';
import { cypher } from '../neo4j-model/cypher-library';
import { writeCsvZip } from './csv-export';
import { cypherWriter } from './cypher-export';
import { writeGexf } from './gexf-export';
import type { ExportChunk, GraphWriter } from './graph-writer';
import { writeGraphml } from './graphml-export';
import { writeJson } from './json-export';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'application/zip',
  cypher: 'text/plain; charset=utf-8',
};

/** The Cypher export carries the schema files' own text, read once when first asked for. */
const WRITERS: Readonly<Record<ExportFormat, () => GraphWriter>> = {
  json: () => writeJson,
  graphml: () => writeGraphml,
  gexf: () => writeGexf,
  csv: () => writeCsvZip,
  cypher: () => cypherWriter(`${cypher('schema/constraints')}\n${cypher('schema/indexes')}`),
};

export interface ExportRequest {
  format: ExportFormat;
  /** A zone id (zone:<slug>); absent for the whole graph. */
  zone?: string;
  appVersion: string;
  /** The export's time; the clock unless a test fixes it. */
  now?: Date;
}

export interface GraphExport {
  metadata: ExportMetadata;
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<ExportChunk>;
}

/**
 * The pages as promised by the metadata: nodes before relationships (the writers rely on it), and as many
 * of each as counted before the export began. A write to the store in between (Neo4j has no read view
 * spanning both reads) makes the export fail rather than carry counts that do not match its content.
 */
async function* asCounted(pages: AsyncIterable<GraphPage>, counts: ExportMetadata['counts']): AsyncGenerator<GraphPage> {
  let nodes = 0;
  let relationships = 0;
  for await (const page of pages) {
    if (page.kind === 'nodes') {
      if (relationships > 0) throw new Error('knooppunt export: the store gave nodes after relationships');
      nodes += page.nodes.length;
    } else {
      relationships += page.relationships.length;
    }
    yield page;
  }
  if (nodes !== counts.nodes || relationships !== counts.relationships) {
    throw new Error(
      `knooppunt export: the graph changed during the export (${counts.nodes} nodes and ${counts.relationships} relationships ` +
        `when it began, ${nodes} and ${relationships} exported); export again`,
    );
  }
}

/**
 * Reads the first page before returning, so a store that cannot answer (Neo4j down) rejects here, while
 * the caller can still answer with an error status instead of a broken download.
 */
async function started(pages: AsyncIterable<GraphPage>): Promise<AsyncIterable<GraphPage>> {
  const iterator = pages[Symbol.asyncIterator]();
  let first: IteratorResult<GraphPage> | undefined = await iterator.next();
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (first === undefined) return iterator.next();
        const result = first;
        first = undefined;
        return result;
      },
      return: async () => {
        first = undefined;
        return (await iterator.return?.()) ?? { done: true, value: undefined };
      },
    }),
  };
}

/** The export, ready to stream; undefined when the requested zone does not exist. */
export async function exportGraph(store: GraphStore, request: ExportRequest): Promise<GraphExport | undefined> {
  const { format, zone } = request;
  let counts: ExportMetadata['counts'];
  let pages: AsyncIterable<GraphPage>;
  if (zone !== undefined) {
    const subgraph = await store.zoneGraph(zone);
    if (subgraph === undefined) return undefined;
    counts = { nodes: subgraph.nodes.length, relationships: subgraph.relationships.length };
    pages = contentPages(subgraph);
  } else {
    const { nodes, relationships } = await store.counts();
    counts = { nodes, relationships };
    pages = store.streamGraph();
  }
  const dataset = await store.datasetInfo();
  const exportedAt = (request.now ?? new Date()).toISOString();
  const metadata = exportMetadata({
    exportedAt,
    appVersion: request.appVersion,
    contentHash: dataset.contentHash,
    filter: zone !== undefined ? { zone } : {},
    backend: store.backend,
    counts,
    manifest: dataset.manifest,
  });
  return {
    metadata,
    fileName: exportFileName(zone, exportedAt, format),
    contentType: EXPORT_CONTENT_TYPES[format],
    chunks: WRITERS[format]()(await started(asCounted(pages, counts)), metadata),
  };
}
