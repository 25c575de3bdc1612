// GET /api/geo/centroids: where each municipality lies, for the geographic layout.
// GET /api/geo/boundaries: the municipality boundaries the map draws (TopoJSON, gzipped once at start).
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { Centroid } from '../../domain/api';
import { acceptsGzip } from '../json-cache';
import { HttpProblem } from '../problem';

export function geoRoute(centroids: readonly Centroid[], boundaries: string | undefined): Hono {
  const routes = new Hono();
  routes.get('/geo/centroids', (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(centroids);
  });
  const plain = boundaries === undefined ? undefined : new Uint8Array(Buffer.from(boundaries));
  const gzip = plain === undefined ? undefined : new Uint8Array(gzipSync(plain, { level: 9 }));
  routes.get('/geo/boundaries', (c) => {
    if (plain === undefined || gzip === undefined) throw new HttpProblem(404, 'this server was started without municipality boundaries');
    const compressed = acceptsGzip(c.req.header('accept-encoding'));
    return c.body(compressed ? gzip : plain, 200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      vary: 'accept-encoding',
      ...(compressed ? { 'content-encoding': 'gzip' } : {}),
    });
  });
  return routes;
}
