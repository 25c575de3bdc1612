// POST /api/import: a dataset as a zip of the CSV folder or as the JSON document; all or nothing.
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ImportResponse } from '../../domain/api';
import { DatasetValidationError, formatImportError } from '../../domain/import-error';
import { parseDatasetJsonBytes } from '../../import/json';
import { looksLikeZip } from '../../import/unzip-bounded';
import { parseDatasetZip } from '../../import/zip';
import type { GraphStore } from '../../store/graph-store';
import { parseQuery } from '../params';
import { HttpProblem, problemResponse } from '../problem';
import { importQuery } from '../request-schemas';

export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/**
 * Counts the body as it arrives, chunked or not, and answers 413 at the limit; the connection is then
 * closed so a client streaming gigabytes stops instead of being read to the end.
 */
export const importBodyLimit = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('connection', 'close');
      return problemResponse(c, 413, `the dataset is larger than ${maxBytes} bytes`);
    },
  });

/** `writeAccess` checks the bearer token (requireBearerToken), shared with the other write routes. */
export function importRoute(store: GraphStore, writeAccess: MiddlewareHandler, maxBytes = MAX_IMPORT_BYTES): Hono {
  const routes = new Hono();
  routes.post('/import', writeAccess, importBodyLimit(maxBytes), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new HttpProblem(400, 'the request body is empty: send a zip of the CSV folder or the JSON document');
    const { replace } = parseQuery(importQuery, c.req.query());
    const contentType = c.req.header('content-type') ?? '';
    try {
      const dataset = looksLikeZip(bytes)
        ? parseDatasetZip(bytes, 'upload.zip')
        : parseDatasetJsonBytes(bytes, contentType.includes('json') ? 'upload.json' : 'upload');
      const summary = await store.importDataset(dataset, { replace });
      const response: ImportResponse = summary;
      return c.json(response);
    } catch (error) {
      if (error instanceof DatasetValidationError) {
        const listed = error.omitted === 0 ? '' : ` (the first ${error.errors.length} are listed; ${error.omitted} more are not)`;
        return problemResponse(c, 422, `the dataset has ${error.total} validation error(s)${listed}; nothing was imported`, {
          errors: error.errors.map(formatImportError),
          ...(error.omitted === 0 ? {} : { omittedErrors: error.omitted }),
        });
      }
      throw error;
    }
  });
  return routes;
}
