// Read-only graph routes: zones, a zone's graph, a municipality's graph, a node and its neighbourhood, search.
import { Hono } from 'hono';
import { labelOfId } from '../../domain/ids';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';
import { municipalityIdFrom, parseQuery } from '../params';
import { HttpProblem } from '../problem';
import { neighbourhoodQuery, searchQuery } from '../request-schemas';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new HttpProblem(404, `${what} does not exist`);
  return value;
}

/** Answers that no query parameter changes: the cache keys them on the path alone. */
const NO_PARAMETERS: readonly string[] = [];

export function graphRoutes(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();

  routes.get('/zones', (c) => cache.respond(c, () => store.listZones(), NO_PARAMETERS));

  routes.get('/zones/:id/graph', async (c) => {
    const id = c.req.param('id');
    if (labelOfId(id) !== 'Zone') throw new HttpProblem(400, `"${id}" is not a zone id (zone:<slug>)`);
    return cache.respond(c, async () => found(await store.zoneGraph(id), `zone "${id}"`), NO_PARAMETERS);
  });

  routes.get('/municipalities/:nis/graph', async (c) => {
    const id = municipalityIdFrom(c.req.param('nis'));
    return cache.respond(c, async () => found(await store.municipalityGraph(id), `municipality "${id}"`), NO_PARAMETERS);
  });

  routes.get('/nodes/:id', async (c) => {
    const id = c.req.param('id');
    return cache.respond(c, async () => found(await store.nodeDetail(id), `node "${id}"`), NO_PARAMETERS);
  });

  routes.get('/nodes/:id/neighbourhood', async (c) => {
    const id = c.req.param('id');
    const { depth, limit } = parseQuery(neighbourhoodQuery, c.req.query());
    return cache.respond(c, async () => found(await store.neighbourhood(id, depth, limit), `node "${id}"`), ['depth', 'limit']);
  });

  routes.get('/search', async (c) => {
    const { q, limit } = parseQuery(searchQuery, c.req.query());
    return c.json(await store.search(q, limit));
  });

  return routes;
}
