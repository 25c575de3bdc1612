// GET /api/overview: the whole graph at Flanders zoom, one aggregate per municipality (domain/overview.ts).
import { Hono } from 'hono';
import { OverviewBuilder } from '../../graph/lod/overview';
import type { GraphStore } from '../../store/graph-store';
import type { JsonCache } from '../json-cache';

export function overviewRoute(store: GraphStore, cache: JsonCache): Hono {
  const routes = new Hono();
  routes.get('/overview', (c) =>
    cache.respond(c, async () => {
      const builder = new OverviewBuilder();
      for await (const page of store.streamGraph()) {
        if (page.kind === 'nodes') builder.addNodes(page.nodes);
        else builder.addRelationships(page.relationships);
      }
      return builder.build();
    }),
  );
  return routes;
}
