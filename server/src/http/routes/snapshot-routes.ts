// /api/snapshots: save the graph as a named snapshot, list, download and delete snapshots, and compare
// two of them (or one with now). Saving and deleting need the bearer token, like an import.
import { Hono, type MiddlewareHandler } from 'hono';
import { SnapshotNameError, type SnapshotSummary } from '../../domain/snapshot';
import { compareSnapshots, UnknownSnapshotError } from '../../snapshots/compare-snapshots';
import { readSnapshot, saveSnapshot } from '../../snapshots/snapshot-service';
import type { GraphStore } from '../../store/graph-store';
import { parseBody, parseQuery } from '../params';
import { HttpProblem } from '../problem';
import { snapshotDiffQuery, snapshotRequestSchema } from '../request-schemas';

/** The name from a body `{"name": "…"}`; anything else is a 400 that names the field. */
async function requestedName(read: () => Promise<unknown>): Promise<string> {
  const body = await read().catch(() => {
    throw new HttpProblem(400, 'the request body is not JSON: send {"name": "…"}');
  });
  return parseBody(snapshotRequestSchema, body).name;
}

const notFound = (id: string) => new HttpProblem(404, `no snapshot "${id}"; GET /api/snapshots lists them`);

/** `writeAccess` checks the bearer token (requireBearerToken), shared with the other write routes. */
export function snapshotRoutes(store: GraphStore, writeAccess: MiddlewareHandler, version: string): Hono {
  const routes = new Hono();

  routes.get('/snapshots', async (c) => c.json(await store.listSnapshots()));

  routes.post('/snapshots', writeAccess, async (c) => {
    const name = await requestedName(() => c.req.json());
    let summary: SnapshotSummary;
    try {
      summary = await saveSnapshot(store, name, version);
    } catch (error) {
      if (error instanceof SnapshotNameError) throw new HttpProblem(400, `request body field "name": ${error.reason}`);
      throw error;
    }
    c.header('location', `/api/snapshots/${summary.id}`);
    return c.json(summary, 201);
  });

  // Before /snapshots/:id, which would otherwise take "diff" for an id.
  routes.get('/snapshots/diff', async (c) => {
    const { from, to, limit } = parseQuery(snapshotDiffQuery, c.req.query());
    try {
      return c.json(await compareSnapshots(store, from, to, limit));
    } catch (error) {
      if (error instanceof UnknownSnapshotError) {
        throw new HttpProblem(404, `query parameter "${error.side}": no snapshot "${error.id}"; GET /api/snapshots lists them`);
      }
      throw error;
    }
  });

  routes.get('/snapshots/:id', async (c) => {
    const id = c.req.param('id');
    const text = await readSnapshot(store, id);
    if (text === undefined) throw notFound(id);
    return c.body(text, 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="knooppunt-snapshot-${id}.json"`,
    });
  });

  routes.delete('/snapshots/:id', writeAccess, async (c) => {
    const id = c.req.param('id');
    if (!(await store.deleteSnapshot(id))) throw notFound(id);
    return c.body(null, 204);
  });

  return routes;
}
