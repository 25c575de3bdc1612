// GET /api/municipalities/{nis}/profile: a municipality's checklist, networks, partners, funding, role
// conflicts and comparison with its neighbours; the rule thresholds may be changed as for /api/findings.
import { Hono } from 'hono';
import { parseRuleParameters } from '../../domain/finding-query';
import type { GraphStore } from '../../store/graph-store';
import { municipalityProfile } from '../../store/municipality-profile';
import type { JsonCache } from '../json-cache';
import { findingParameters, municipalityIdFrom } from '../params';
import { HttpProblem } from '../problem';

export function profileRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/municipalities/:nis/profile', async (c) => {
    const id = municipalityIdFrom(c.req.param('nis'));
    // The thresholds of /api/findings; its filters (kind, rule, …) mean nothing for one profile.
    const parameters = findingParameters(() => parseRuleParameters(c.req.query()));
    return cache.respond(c, async () => {
      const profile = await municipalityProfile(store, id, parameters);
      if (profile === undefined) throw new HttpProblem(404, `municipality "${id}" does not exist`);
      return profile;
    });
  });
  return routes;
}
