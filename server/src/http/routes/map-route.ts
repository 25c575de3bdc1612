// GET /api/map: the facts the map colours municipalities by, with the findings' thresholds as query parameters.
import { Hono } from 'hono';
import { FINDING_QUERY_NAMES, parseFindingQuery } from '../../domain/finding-query';
import { mapOverview } from '../../analysis/map/map-overview';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';
import { findingParameters } from '../params';
import { HttpProblem } from '../problem';

/** The map counts every finding; which ones to show (kind, rule, severity, place) is chosen on the map. */
const FILTER_NAMES = new Set(['kind', 'rule', 'severity', 'zone', 'municipality']);
export const MAP_PARAMETER_NAMES = FINDING_QUERY_NAMES.filter((name) => !FILTER_NAMES.has(name));

export function mapRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/map', async (c) => {
    const query = c.req.query();
    const filter = Object.keys(query).find((name) => FILTER_NAMES.has(name));
    if (filter !== undefined) {
      throw new HttpProblem(400, `query parameter ${filter}: the map counts every finding; expected only ${MAP_PARAMETER_NAMES.join(', ')}`);
    }
    const { parameters } = findingParameters(() => parseFindingQuery(query));
    return cache.respond(c, async () => {
      const [coverage, zones, findings] = await Promise.all([store.coverage(), store.listZones(), store.findings(parameters)]);
      if (coverage === undefined) throw new Error('map: the store gave no coverage for the whole dataset');
      return mapOverview(coverage, zones, findings);
    });
  });
  return routes;
}
