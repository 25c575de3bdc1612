// Read-only graph routes: zones, a zone's graph, a municipality's graph, a node and its neighbourhood, search.
import { Hono } from 'hono';
import { z } from 'zod';
import { labelOfId } from '../../domain/ids';
import { DEFAULT_NEIGHBOURHOOD_LIMIT, MAX_NEIGHBOURHOOD_DEPTH } from '../../graph/queries/neighbourhood';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';
import { integerParameter, municipalityIdFrom, parseParameter } from '../params';
import { HttpProblem } from '../problem';

const MAX_NEIGHBOURHOOD_LIMIT = 5_000;
const MAX_SEARCH_LIMIT = 100;

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
    const depth = parseParameter('depth', integerParameter(1, MAX_NEIGHBOURHOOD_DEPTH, 1), c.req.query('depth'));
    const limit = parseParameter('limit', integerParameter(1, MAX_NEIGHBOURHOOD_LIMIT, DEFAULT_NEIGHBOURHOOD_LIMIT), c.req.query('limit'));
    return cache.respond(c, async () => found(await store.neighbourhood(id, depth, limit), `node "${id}"`), ['depth', 'limit']);
  });

  routes.get('/search', async (c) => {
    const query = parseParameter('q', z.string({ message: 'is required' }).max(200, 'is longer than 200 characters'), c.req.query('q'));
    const limit = parseParameter('limit', integerParameter(1, MAX_SEARCH_LIMIT, 20), c.req.query('limit'));
    return c.json(await store.search(query, limit));
  });

  return routes;
}
