// GET /api/geo/centroids: where each municipality lies, for the geographic layout.
import { Hono } from 'hono';
import type { Centroid } from '../../domain/api';

export function geoRoute(centroids: readonly Centroid[]): Hono {
  const routes = new Hono();
  routes.get('/geo/centroids', (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(centroids);
  });
  return routes;
}
