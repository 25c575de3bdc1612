// Starts Knooppunt: opens the store, seeds it when empty, builds the app and listens.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { KnooppuntConfig } from './config';
import { readDataset } from './import/read-dataset';
import { readCentroids } from './geo/centroids-file';
import { createApp } from './http/app';
import { EmbeddedStore } from './store/embedded/embedded-store';
import type { GraphStore } from './store/graph-store';

export interface ServeOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** A dataset (folder, zip or JSON) imported when the store is still empty, e.g. the demo. */
  seedFrom?: string;
  webDist?: string;
  token?: string;
  centroidsFile?: string;
  version?: string;
  log?: (line: string) => void;
}

export interface RunningKnooppunt {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startKnooppunt(options: ServeOptions): Promise<RunningKnooppunt> {
  const log = options.log ?? (() => undefined);
  const store = await EmbeddedStore.open(options.dataDir);
  if (options.seedFrom !== undefined && (await store.counts()).nodes === 0) {
    log(`empty store: importing ${options.seedFrom}`);
    await store.importDataset(await readDataset(options.seedFrom));
  }
  const centroids = options.centroidsFile === undefined ? [] : await readCentroids(options.centroidsFile);
  const app = createApp({
    store,
    version: options.version ?? '0.0.0',
    centroids,
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.webDist !== undefined ? { webDist: options.webDist } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolvePromise(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    store,
    close: async () => {
      await new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
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
    webDist: config.webDist,
    centroidsFile: config.centroidsFile,
    version: config.version,
    ...(config.token ? { token: config.token } : {}),
    ...(options.seedWithDemo ? { seedFrom: config.demoDataset } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
