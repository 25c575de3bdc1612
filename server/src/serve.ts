// Starts Knooppunt: opens the store, seeds it when empty, builds the app and listens.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { KnooppuntConfig } from './config';
import { readDataset } from './import/read-dataset';
import { readBoundaries } from './geo/boundaries-file';
import { readCentroids } from './geo/centroids-file';
import { createApp } from './http/app';
import { assertStrongToken } from './http/auth/token-strength';
import { cachedFront } from './http/cached-front';
import { JsonCache } from './http/json-cache';
import type { GraphStore } from './store/graph-store';
import type { Neo4jConfig } from './store/neo4j/neo4j-config';
import { assertPortFree, isAddressInUse, PortInUseError } from './port-in-use';
import { openStore } from './store/open-store';
import { StoreUnavailableError } from './store/store-errors';

export interface ServeOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** Use this Neo4j instead of the embedded store in dataDir. */
  neo4j?: Neo4jConfig;
  /** A dataset (folder, zip or JSON) imported when the store is still empty, e.g. the demo. */
  seedFrom?: string;
  webDist?: string;
  token?: string;
  /** Bytes the answer cache may hold; DEFAULT_CACHE_BYTES when not given (0 keeps nothing). */
  cacheBytes?: number;
  /** Origins whose pages may call the API; none by default. */
  corsOrigins?: readonly string[];
  centroidsFile?: string;
  /** The map's boundaries (TopoJSON); a missing file leaves the map without shapes. */
  boundariesFile?: string;
  version?: string;
  log?: (line: string) => void;
}

export interface RunningKnooppunt {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * Imports the seed into an empty store. A Neo4j that is down at start does not stop the server: it
 * answers 503 until Neo4j is back, and the seed waits for the next start.
 */
async function seedWhenEmpty(store: GraphStore, seedFrom: string, log: (line: string) => void): Promise<void> {
  try {
    if ((await store.counts()).nodes > 0) return;
    log(`empty store: importing ${seedFrom}`);
    await store.importDataset(await readDataset(seedFrom));
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    log(`${error.message}; serving 503 until it is back`);
  }
}

export async function startKnooppunt(options: ServeOptions): Promise<RunningKnooppunt> {
  const log = options.log ?? (() => undefined);
  if (options.token !== undefined) assertStrongToken(options.token);
  const host = options.host ?? '127.0.0.1';
  await assertPortFree(options.port, host);
  const store = await openStore({ dataDir: options.dataDir, exclusive: true, serving: true, ...(options.neo4j ? { neo4j: options.neo4j } : {}) });
  try {
    return await serveStore(store, options, host, log);
  } catch (error) {
    // Nothing listens: the store's lock goes back at once, and the process can end.
    await store.close();
    throw error;
  }
}

async function serveStore(store: GraphStore, options: ServeOptions, host: string, log: (line: string) => void): Promise<RunningKnooppunt> {
  if (options.seedFrom !== undefined) await seedWhenEmpty(store, options.seedFrom, log);
  const centroids = options.centroidsFile === undefined ? [] : await readCentroids(options.centroidsFile);
  const boundaries = options.boundariesFile === undefined ? undefined : await readBoundaries(options.boundariesFile);
  const cache = new JsonCache(store, options.cacheBytes);
  const app = createApp({
    store,
    cache,
    version: options.version ?? '0.0.0',
    centroids,
    ...(boundaries !== undefined ? { boundaries } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.corsOrigins !== undefined ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.webDist !== undefined ? { webDist: options.webDist } : {}),
  });
  const server: Server = createServer(cachedFront(cache, getRequestListener(app.fetch)));
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error) => reject(isAddressInUse(error) ? new PortInUseError(options.port) : error));
    server.listen(options.port, host, () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    store,
    close: async () => {
      await new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}

/** The server as the command line and index.ts start it: everything from the configuration. */
export function startFromConfig(config: KnooppuntConfig, options: { seedWithDemo?: boolean; host?: string; log?: (line: string) => void } = {}): Promise<RunningKnooppunt> {
  return startKnooppunt({
    port: config.port,
    host: options.host ?? '127.0.0.1',
    dataDir: config.dataDir,
    ...(config.neo4j ? { neo4j: config.neo4j } : {}),
    webDist: config.webDist,
    centroidsFile: config.centroidsFile,
    boundariesFile: config.boundariesFile,
    version: config.version,
    ...(config.token ? { token: config.token } : {}),
    corsOrigins: config.corsOrigins,
    ...(options.seedWithDemo ? { seedFrom: config.demoDataset } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
