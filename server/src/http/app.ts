// The HTTP application as a value: build it with its dependencies, test it in-process with app.request(),
// and let serve.ts only listen.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Centroid } from '../domain/api';
import type { GraphStore } from '../store/graph-store';
import { StoreUnavailableError } from '../store/store-errors';
import { requireBearerToken } from './auth/bearer-token';
import { FailedTokenGuard, type FailedTokenLimits } from './auth/failed-token-guard';
import { openApiDocument } from './openapi';
import { JsonCache } from './json-cache';
import { HttpProblem, problemResponse } from './problem';
import { rejectMalformedUrl } from './security/malformed-url';
import { securityHeadersFor } from './security/security-headers';
import { coverageRoute } from './routes/coverage-route';
import { exportRoute } from './routes/export-route';
import { findingsRoute } from './routes/findings-route';
import { geoRoute } from './routes/geo-route';
import { mapRoute } from './routes/map-route';
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
  /** The municipality boundaries as TopoJSON text, for the map; without them the map cannot draw. */
  boundaries?: string;
  /** The built web app (web/dist); without it only the API is served. */
  webDist?: string;
  /** Where unexpected errors are reported; the client only sees a generic 500 problem. */
  logError?: (error: unknown) => void;
  /** The read-answer cache, shared with the server's front (serve.ts); made here when not given. */
  cache?: JsonCache;
  /** Failed token attempts allowed per client before 429; the defaults of failed-token-guard.ts when not given. */
  failedTokenLimits?: FailedTokenLimits;
  /** Exports that may stream at once; DEFAULT_MAX_CONCURRENT_EXPORTS when not given. */
  maxConcurrentExports?: number;
  /** Origins whose pages may call the API (KNOOPPUNT_CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
}

export function createApp(dependencies: AppDependencies): Hono {
  const { store, version, token, centroids, boundaries, webDist, logError = console.error, cache = new JsonCache(store), corsOrigins = [] } = dependencies;
  const writeAccess = requireBearerToken(token, new FailedTokenGuard(dependencies.failedTokenLimits));
  const api = new Hono();
  // Closed unless configured: a preflight is answered (204) but names no origin, so browsers refuse.
  api.use('*', cors({ origin: [...corsOrigins], allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'], allowHeaders: ['authorization', 'content-type'], maxAge: 600 }));
  api.route('/', healthRoute(store, version));
  api.route('/', graphRoutes(store, cache));
  api.route('/', findingsRoute(store, cache));
  api.route('/', coverageRoute(store, cache));
  api.route('/', zoneDashboardRoute(store, cache));
  api.route('/', exportRoute(store, version, dependencies.maxConcurrentExports));
  api.route('/', profileRoute(store, cache));
  api.route('/', mapRoute(store, cache));
  api.route('/', geoRoute(centroids, boundaries));
  api.route('/', overviewRoute(store, cache));
  api.route('/', importRoute(store, writeAccess));
  api.route('/', snapshotRoutes(store, writeAccess, version));
  api.get('/openapi.json', (c) => c.json(openApiDocument(version)));
  api.all('*', (c) => problemResponse(c, 404, `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`));

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeadersFor(c.req.path))) c.header(name, value);
  });
  app.use('*', rejectMalformedUrl);
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
