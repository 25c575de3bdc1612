// GET /api/findings: the rule catalogue's findings, filtered, with thresholds from the query string.
import { Hono } from 'hono';
import { FindingQueryError, filterFindings, parseFindingQuery } from '../../domain/finding-query';
import type { GraphStore } from '../../store/graph-store';
import { zoneMunicipalities } from '../../store/zone-municipalities';
import type { JsonCache } from '../json-cache';
import { HttpProblem } from '../problem';

export function findingsRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/findings', async (c) => {
    let query;
    try {
      query = parseFindingQuery(c.req.query());
    } catch (error) {
      if (error instanceof FindingQueryError) throw new HttpProblem(400, `query parameter ${error.message}`);
      throw error;
    }
    const { filter, parameters } = query;
    return cache.respond(c, async () => {
      const inZone = filter.zone === undefined ? undefined : await zoneMunicipalities(store, filter.zone);
      if (filter.zone !== undefined && inZone === undefined) throw new HttpProblem(404, `zone "${filter.zone}" does not exist`);
      return filterFindings(await store.findings(parameters, filter.rules), filter, inZone);
    });
  });
  return routes;
}
