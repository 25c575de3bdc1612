// GET /api/health: which backend, how much data, and what dataset it came from.
import { Hono } from 'hono';
import type { HealthResponse } from '../../domain/api';
import type { GraphStore } from '../../store/graph-store';

export function healthRoute(store: GraphStore, version: string): Hono {
  const routes = new Hono();
  routes.get('/health', async (c) => {
    const [counts, dataset] = await Promise.all([store.counts(), store.datasetInfo()]);
    const health: HealthResponse = { status: 'ok', backend: store.backend, version, counts, dataset };
    return c.json(health);
  });
  return routes;
}
