// GET /api/zones/{zoneId}/dashboard: an eerstelijnszone as its zorgraad coordinator explores it. The route only
// asks the store; the dashboard itself is a pure function of the answers (analysis/zone-dashboard/).
import { Hono } from 'hono';
import { nodesToReach, zoneDashboard } from '../../analysis/zone-dashboard/zone-dashboard';
import { parseRuleParameters } from '../../domain/finding-query';
import { labelOfId } from '../../domain/ids';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';
import { findingParameters } from '../params';
import { HttpProblem } from '../problem';

export function zoneDashboardRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/zones/:id/dashboard', async (c) => {
    const id = c.req.param('id');
    if (labelOfId(id) !== 'Zone') throw new HttpProblem(400, `"${id}" is not a zone id (zone:<slug>)`);
    const parameters = findingParameters(() => parseRuleParameters(c.req.query()));
    // Cached per store revision: the network metrics are the costly part, and they only change with the data.
    return cache.respond(c, async () => {
      const zoneGraph = await store.zoneGraph(id);
      if (zoneGraph === undefined) throw new HttpProblem(404, `zone "${id}" does not exist`);
      const [reach, zones, findings] = await Promise.all([store.nodeReach(nodesToReach(zoneGraph)), store.listZones(), store.findings(parameters)]);
      return zoneDashboard({ zone: id, zoneGraph, reach, zones, findings, parameters });
    });
  });
  return routes;
}
