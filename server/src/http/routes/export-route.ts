// GET /api/export?format=json|graphml|gexf|csv|cypher&zone=: a snapshot of the whole graph or of one zone's
// graph, streamed as a download. Never cached: an export is dated, and big.
import { Hono } from 'hono';
import { exportGraph } from '../../export/export-graph';
import type { ExportChunk } from '../../export/graph-writer';
import type { GraphStore } from '../../store/graph-store';
import { parseQuery } from '../params';
import { HttpProblem, problemResponse } from '../problem';
import { exportQuery } from '../request-schemas';

/**
 * A pull-based byte stream: the next chunk is made only when the connection takes the last one, so a slow
 * client slows the export instead of filling memory, and a client that leaves stops it (and closes the
 * store's read). An error mid-stream errors the stream, which breaks the connection: the download fails
 * visibly instead of ending as a file that looks complete. (Hono's stream() helper ends such a response
 * normally, hence this.)
 */
function byteStream(chunks: AsyncIterable<ExportChunk>, finished: () => void): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            finished();
            controller.close();
            return;
          }
          const bytes = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
          if (bytes.byteLength > 0) {
            controller.enqueue(bytes);
            return;
          }
        }
      } catch (error) {
        finished();
        throw error;
      }
    },
    async cancel() {
      finished();
      await iterator.return?.();
    },
  });
}

/** Exports that may stream at once: each holds a read of the store and a core's worth of serialising. */
export const DEFAULT_MAX_CONCURRENT_EXPORTS = 4;
/** What a refused client is told to wait: a Flanders export takes about two seconds. */
const EXPORT_RETRY_AFTER_SECONDS = 5;

/** A counter of running exports; a slot is given back once, however its export ends. */
class ExportSlots {
  private running = 0;

  constructor(private readonly max: number) {}

  take(): (() => void) | undefined {
    if (this.running >= this.max) return undefined;
    this.running += 1;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.running -= 1;
    };
  }
}

export function exportRoute(store: GraphStore, version: string, maxConcurrent = DEFAULT_MAX_CONCURRENT_EXPORTS): Hono {
  const routes = new Hono();
  const slots = new ExportSlots(maxConcurrent);
  routes.get('/export', async (c) => {
    const { format, zone } = parseQuery(exportQuery, c.req.query());
    const release = slots.take();
    if (release === undefined) {
      c.header('retry-after', String(EXPORT_RETRY_AFTER_SECONDS));
      return problemResponse(c, 503, `${maxConcurrent} exports are running, the most this server makes at once; try again in ${EXPORT_RETRY_AFTER_SECONDS} s`);
    }
    let graphExport: Awaited<ReturnType<typeof exportGraph>>;
    try {
      graphExport = await exportGraph(store, { format, appVersion: version, ...(zone !== undefined ? { zone } : {}) });
    } catch (error) {
      release();
      throw error;
    }
    if (graphExport === undefined) {
      release();
      throw new HttpProblem(404, `query parameter "zone": zone "${zone ?? ''}" does not exist`);
    }
    return c.body(byteStream(graphExport.chunks, release), 200, {
      'content-type': graphExport.contentType,
      'content-disposition': `attachment; filename="${graphExport.fileName}"`,
      'cache-control': 'no-store',
    });
  });
  return routes;
}
