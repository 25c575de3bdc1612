// GET /api/findings: the rule catalogue's findings, filtered, with thresholds from the query string.
import { Hono } from 'hono';
import { filterFindings, parseFindingQuery } from '../../domain/finding-query';
import type { GraphStore } from '../../store/graph-store';
import { zoneMunicipalities } from '../../store/zone-municipalities';
import type { JsonCache } from '../json-cache';
import { findingParameters } from '../params';
import { HttpProblem } from '../problem';

export function findingsRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/findings', async (c) => {
    const { filter, parameters } = findingParameters(() => parseFindingQuery(c.req.query()));
    return cache.respond(c, async () => {
      const inZone = filter.zone === undefined ? undefined : await zoneMunicipalities(store, filter.zone);
      if (filter.zone !== undefined && inZone === undefined) throw new HttpProblem(404, `zone "${filter.zone}" does not exist`);
      return filterFindings(await store.findings(parameters, filter.rules), filter, inZone);
    });
  });
  return routes;
}
