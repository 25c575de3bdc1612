// What every export format is: the graph's pages and the export's metadata in, text or bytes out, a page
// at a time, so an export of any size streams in flat memory. Writers are pure: the caller reads the store
// and sends the chunks wherever they go (an HTTP response, a file, a test's string).
import type { ExportMetadata } from '../domain/graph-document';
import type { GraphPage } from '../domain/graph-pages';

export type ExportChunk = string | Uint8Array;

export type GraphWriter = (pages: AsyncIterable<GraphPage>, metadata: ExportMetadata) => AsyncIterable<ExportChunk>;
