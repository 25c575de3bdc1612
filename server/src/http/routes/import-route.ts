// POST /api/import: a dataset as a zip of the CSV folder or as the JSON document; all or nothing.
import { Hono } from 'hono';
import type { ImportResponse } from '../../domain/api';
import { DatasetValidationError, formatImportError } from '../../domain/import-error';
import { parseDatasetJsonBytes } from '../../import/json';
import { parseDatasetZip } from '../../import/zip';
import type { GraphStore } from '../../store/graph-store';
import { requireBearerToken } from '../auth/bearer-token';
import { HttpProblem, problemResponse } from '../problem';

export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

export function importRoute(store: GraphStore, token: string | undefined): Hono {
  const routes = new Hono();
  routes.post('/import', requireBearerToken(token), async (c) => {
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_IMPORT_BYTES) throw new HttpProblem(413, `the dataset is larger than ${MAX_IMPORT_BYTES} bytes`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new HttpProblem(400, 'the request body is empty: send a zip of the CSV folder or the JSON document');
    const replaceParameter = c.req.query('replace');
    if (replaceParameter !== undefined && replaceParameter !== 'true' && replaceParameter !== 'false') {
      throw new HttpProblem(400, 'query parameter "replace": expected true or false');
    }
    const contentType = c.req.header('content-type') ?? '';
    try {
      const dataset = isZip(bytes)
        ? parseDatasetZip(bytes, 'upload.zip')
        : parseDatasetJsonBytes(bytes, contentType.includes('json') ? 'upload.json' : 'upload');
      const summary = await store.importDataset(dataset, { replace: replaceParameter === 'true' });
      const response: ImportResponse = summary;
      return c.json(response);
    } catch (error) {
      if (error instanceof DatasetValidationError) {
        return problemResponse(c, 422, `the dataset has ${error.errors.length} validation error(s); nothing was imported`, {
          errors: error.errors.map(formatImportError),
        });
      }
      throw error;
    }
  });
  return routes;
}
