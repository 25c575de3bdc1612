// GET /api/coverage?zone=: per municipality, the covering networks per type, the reach of every function,
// and childcare places per 100 children.
import { Hono } from 'hono';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';
import { parseQuery } from '../params';
import { HttpProblem } from '../problem';
import { coverageQuery } from '../request-schemas';

export function coverageRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/coverage', async (c) => {
    const { zone } = parseQuery(coverageQuery, c.req.query());
    return cache.respond(c, async () => {
      const answer = await store.coverage(zone);
      if (answer === undefined) throw new HttpProblem(404, `zone "${zone ?? ''}" does not exist`);
      return answer;
    }, ['zone']);
  });
  return routes;
}
