// The HTTP application as a value: build it with its dependencies, test it in-process with app.request(),
// and let serve.ts only listen.
import { Hono } from 'hono';
import type { Centroid } from '../domain/api';
import type { GraphStore } from '../store/graph-store';
import { StoreUnavailableError } from '../store/store-errors';
import { openApiDocument } from './openapi';
import { JsonCache } from './json-cache';
import { HttpProblem, problemResponse } from './problem';
import { coverageRoute } from './routes/coverage-route';
import { exportRoute } from './routes/export-route';
import { findingsRoute } from './routes/findings-route';
import { geoRoute } from './routes/geo-route';
import { graphRoutes } from './routes/graph-routes';
import { healthRoute } from './routes/health-route';
import { importRoute } from './routes/import-route';
import { overviewRoute } from './routes/overview-route';
import { profileRoute } from './routes/profile-route';
import { snapshotRoutes } from './routes/snapshot-routes';
import { zoneDashboardRoute } from './routes/zone-dashboard-route';
import { serveWebApp } from './static-web';

export interface AppDependencies {
  store: GraphStore;
  version: string;
  /** KNOOPPUNT_TOKEN; write endpoints are refused while it is unset. */
  token?: string;
  centroids: readonly Centroid[];
  /** The built web app (web/dist); without it only the API is served. */
  webDist?: string;
  /** Where unexpected errors are reported; the client only sees a generic 500 problem. */
  logError?: (error: unknown) => void;
  /** The read-answer cache, shared with the server's front (serve.ts); made here when not given. */
  cache?: JsonCache;
}

/** Sent with every response, also by the cached front that answers before the router. */
export const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' } as const;

export function createApp(dependencies: AppDependencies): Hono {
  const { store, version, token, centroids, webDist, logError = console.error, cache = new JsonCache(store) } = dependencies;
  const api = new Hono();
  api.route('/', healthRoute(store, version));
  api.route('/', graphRoutes(store, cache));
  api.route('/', findingsRoute(store, cache));
  api.route('/', coverageRoute(store, cache));
  api.route('/', zoneDashboardRoute(store, cache));
  api.route('/', exportRoute(store, version));
  api.route('/', profileRoute(store, cache));
  api.route('/', geoRoute(centroids));
  api.route('/', overviewRoute(store, cache));
  api.route('/', importRoute(store, token));
  api.route('/', snapshotRoutes(store, token, version));
  api.get('/openapi.json', (c) => c.json(openApiDocument(version)));
  api.all('*', (c) => problemResponse(c, 404, `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`));

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });
  app.route('/api', api);
  if (webDist !== undefined) app.use('*', serveWebApp(webDist));
  app.notFound((c) => problemResponse(c, 404, `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.status, error.message, error.extra);
    if (error instanceof StoreUnavailableError) return problemResponse(c, 503, error.message);
    logError(error);
    return problemResponse(c, 500, 'the server could not answer this request; the error was logged');
  });
  return app;
}
